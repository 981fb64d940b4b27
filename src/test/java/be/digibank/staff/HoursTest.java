package be.digibank.staff;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Volunteer hours: own entries only, everybody's for the coordinator, and no reach into other digibanks. */
@DigibankTest
class HoursTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcClient jdbc;

	void log(Actor actor, String activity) throws Exception {
		mvc.perform(post("/hours").with(as(actor)).with(csrf()).param("date", LocalDate.now(clock).toString())
				.param("hours", "2").param("minutes", "15").param("activity", activity))
				.andExpect(redirectedUrl("/hours"));
	}

	UUID entry(String activity) {
		return jdbc.sql("select id from staff.volunteer_hours where activity = ?").param(activity).query(UUID.class)
				.single();
	}

	@Test
	void volunteersSeeOnlyTheirOwnHoursAndTheCoordinatorSeesEverybody() throws Exception {
		TestData.Tenant tenant = data.tenant();
		String mine = "balie " + UUID.randomUUID();
		String theirs = "laptops " + UUID.randomUUID();
		log(tenant.actor(Role.VOLUNTEER), mine);
		log(tenant.actor(Role.TRAINER), theirs);
		mvc.perform(get("/hours").with(as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(mine)))
				.andExpect(content().string(Matchers.containsString("2 h 15 min")))
				.andExpect(content().string(Matchers.not(Matchers.containsString(theirs))));
		mvc.perform(get("/hours").with(as(tenant.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(mine)))
				.andExpect(content().string(Matchers.containsString(theirs)));
	}

	@Test
	void othersEntriesAreNotFoundAndStay() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		String activity = "uitleg " + UUID.randomUUID();
		log(tenant.actor(Role.VOLUNTEER), activity);
		UUID id = entry(activity);
		mvc.perform(post("/hours/" + id + "/delete").with(as(tenant.actor(Role.TRAINER))).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/hours/" + id + "/delete").with(as(other.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from staff.volunteer_hours where id = ?").param(id)
				.query(Integer.class).single()).isOne();
		mvc.perform(post("/hours/" + id + "/delete").with(as(tenant.actor(Role.VOLUNTEER))).with(csrf()))
				.andExpect(redirectedUrl("/hours"));
		assertThat(jdbc.sql("select count(*) from staff.volunteer_hours where id = ?").param(id)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void futureDatesWrongDurationsAndForeignLocationsAreRefusedWithTheValuesKept() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		Actor volunteer = tenant.actor(Role.VOLUNTEER);
		mvc.perform(post("/hours").with(as(volunteer)).with(csrf())
				.param("date", LocalDate.now(clock).plusDays(2).toString()).param("minutes", "30")
				.param("activity", "Te vroeg")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("date-error")))
				.andExpect(content().string(Matchers.containsString("value=\"Te vroeg\"")));
		mvc.perform(post("/hours").with(as(volunteer)).with(csrf()).param("date", LocalDate.now(clock).toString())
				.param("hours", "0").param("minutes", "0").param("activity", "Niets"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("hours-error")));
		mvc.perform(post("/hours").with(as(volunteer)).with(csrf()).param("date", LocalDate.now(clock).toString())
				.param("minutes", "60").param("activity", "Elders").param("location", other.locationA().toString()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("location-error")));
		assertThat(jdbc.sql("select count(*) from staff.volunteer_hours where account_id = ?")
				.param(volunteer.accountId().value()).query(Integer.class).single()).isZero();
	}
}
