package be.digibank.network;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The network's pages: what each role sees, forms that keep what was typed, and the database's refusals as messages.
 */
@DigibankTest
class NetworkPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void coordinatorSeesEveryNetworkPage() throws Exception {
		Tenant t = data.tenant();
		Actor coordinator = t.coordinator();
		for (String page : new String[]{"/partners", "/partners/new", "/partners/" + t.partnerA(),
				"/partners/" + t.partnerA() + "/edit", "/locations", "/locations/new", "/locations/" + t.locationA(),
				"/locations/" + t.locationA() + "/edit", "/digibank"}) {
			mvc.perform(get(page).with(as(coordinator))).andExpect(status().isOk())
					.andExpect(content().string(containsString("<h1>")));
		}
		mvc.perform(get("/locations/" + t.locationA()).with(as(coordinator))).andExpect(content()
				.string(allOf(containsString("dinsdag"), containsString("14:00"), containsString("Openingsuur toevoegen"))));
	}

	@Test
	void helpersSeeLocationsAndPartnersButCannotManageThem() throws Exception {
		Tenant t = data.tenant();
		Actor volunteer = t.actor(Role.VOLUNTEER);
		mvc.perform(get("/locations").with(as(volunteer))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/locations/new"))));
		mvc.perform(get("/locations/" + t.locationA()).with(as(volunteer))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Openingsuur toevoegen"))));
		mvc.perform(get("/partners").with(as(volunteer))).andExpect(status().isOk());
		mvc.perform(get("/partners/new").with(as(volunteer))).andExpect(status().isForbidden());
		mvc.perform(post("/partners").with(as(volunteer)).with(csrf()).param("name", "Stiekem").param("type", "NGO"))
				.andExpect(status().isForbidden());
		assertThat(partnersNamed(t, "Stiekem")).isZero();
		mvc.perform(get("/locations").with(as(t.actor(Role.REFERRER)))).andExpect(status().isOk());
		mvc.perform(get("/partners").with(as(t.actor(Role.REFERRER)))).andExpect(status().isForbidden());
	}

	@Test
	void platformAdministratorListsAndStartsDigibanks() throws Exception {
		Actor admin = data.platformActor(Role.PLATFORM_ADMIN);
		String name = "Digibank Nieuw " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(get("/digibanks").with(as(admin))).andExpect(status().isOk());
		mvc.perform(post("/digibanks").with(as(admin)).with(csrf()).param("name", name).param("region", "Limburg"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/digibanks").with(as(admin))).andExpect(content().string(containsString(name)));
		mvc.perform(post("/digibanks").with(as(admin)).with(csrf()).param("name", name.toUpperCase()).param("region", ""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Er is al een digibank met deze naam.")));
		mvc.perform(get("/digibanks").with(as(data.tenant().coordinator()))).andExpect(status().isForbidden());
	}

	@Test
	void createsAPartnerAndAuditsIt() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/partners").with(as(t.coordinator())).with(csrf()).param("name", "Bib Bilzen")
				.param("type", "LIBRARY").param("contactEmail", "bib@bilzen.example").param("contactPhone", "089 00 00 00"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/partners/*"));
		UUID id = jdbc.sql("select id from network.partner_organisation where digibank_id = ? and name = 'Bib Bilzen'")
				.param(t.digibank().value()).query(UUID.class).single();
		assertThat(audits("CREATE", id)).isEqualTo(1);
		mvc.perform(get("/partners/" + id).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("bib@bilzen.example")));
		assertThat(audits("VIEW", id)).isEqualTo(1);
	}

	@Test
	void anInvalidPartnerFormIsShownAgainWithWhatWasTypedAndNothingSaved() throws Exception {
		Tenant t = data.tenant();
		int before = partnerCount(t);
		mvc.perform(post("/partners").with(as(t.coordinator())).with(csrf()).param("name", " ").param("type", "LIBRARY")
				.param("contactEmail", "geen-adres").param("contactPhone", "012 34"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("error-summary"), containsString("value=\"geen-adres\""),
						containsString("value=\"012 34\""), containsString("Vul dit in."),
						containsString("Vul een geldig e-mailadres in"), containsString("aria-invalid=\"true\""))));
		assertThat(partnerCount(t)).isEqualTo(before);
	}

	@Test
	void aDuplicatePartnerNameIsAFieldError() throws Exception {
		Tenant t = data.tenant();
		String existing = jdbc.sql("select name from network.partner_organisation where id = ?").param(t.partnerA().value())
				.query(String.class).single();
		int before = partnerCount(t);
		mvc.perform(post("/partners").with(as(t.coordinator())).with(csrf()).param("name", existing.toUpperCase())
				.param("type", "NGO")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Er is al een partner met deze naam"),
						containsString("value=\"" + existing.toUpperCase() + "\""))));
		assertThat(partnerCount(t)).isEqualTo(before);
	}

	@Test
	void deactivatesAndReactivatesAPartner() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/partners/" + t.partnerB() + "/deactivate").with(as(t.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(partnerActive(t.partnerB().value())).isFalse();
		mvc.perform(post("/partners/" + t.partnerB() + "/reactivate").with(as(t.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(partnerActive(t.partnerB().value())).isTrue();
	}

	@Test
	void aPartnerEditedOnAStaleVersionIsAConflict() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/partners/" + t.partnerB()).with(as(t.coordinator())).with(csrf()).param("name", "OCMW Tongeren")
				.param("type", "SOCIAL_SERVICES").param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/partners/" + t.partnerB()).with(as(t.coordinator())).with(csrf()).param("name", "OCMW Oud")
				.param("type", "SOCIAL_SERVICES").param("version", "0")).andExpect(status().isConflict())
				.andExpect(content().string(containsString("iemand anders")));
		assertThat(jdbc.sql("select name from network.partner_organisation where id = ?").param(t.partnerB().value())
				.query(String.class).single()).isEqualTo("OCMW Tongeren");
	}

	@Test
	void createsAndEditsALocation() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/locations").with(as(t.coordinator())).with(csrf()).param("partnerId", t.partnerB().toString())
				.param("name", "Digibus").param("kind", "MOBILE").param("postcode", "3700").param("municipality", "Tongeren")
				.param("publicComputers", "5")).andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from network.location where digibank_id = ? and name = 'Digibus'")
				.param(t.digibank().value()).query(UUID.class).single();
		mvc.perform(post("/locations/" + id).with(as(t.coordinator())).with(csrf()).param("partnerId", t.partnerB().toString())
				.param("name", "Digibus Haspengouw").param("kind", "MOBILE").param("postcode", "3700")
				.param("publicComputers", "6").param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/locations/" + id).with(as(t.coordinator())).with(csrf()).param("partnerId", t.partnerB().toString())
				.param("name", "Digibus Oud").param("kind", "MOBILE").param("version", "0")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select name from network.location where id = ?").param(id).query(String.class).single())
				.isEqualTo("Digibus Haspengouw");
		assertThat(audits("CHANGE", id)).isEqualTo(1);
	}

	@Test
	void anInvalidLocationFormKeepsWhatWasTyped() throws Exception {
		Tenant t = data.tenant();
		int before = locationCount(t);
		mvc.perform(post("/locations").with(as(t.coordinator())).with(csrf()).param("partnerId", t.partnerA().toString())
				.param("name", "Digipunt Markt").param("kind", "FIXED").param("postcode", "37").param("publicComputers", "veel"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Vul 4 cijfers in"), containsString("value=\"veel\""),
						containsString("value=\"Digipunt Markt\""), containsString("Vul een getal van 0 tot 500 in."))));
		assertThat(locationCount(t)).isEqualTo(before);
	}

	@Test
	void anOverlappingSlotIsAFieldError() throws Exception {
		Tenant t = data.tenant();
		int before = slotCount(t.locationA().value());
		mvc.perform(post("/locations/" + t.locationA() + "/slots").with(as(t.coordinator())).with(csrf()).param("day", "2")
				.param("startsAt", "15:00").param("endsAt", "17:00")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Dit valt samen met een ander openingsuur"),
						containsString("value=\"15:00\""), containsString("value=\"17:00\""))));
		assertThat(slotCount(t.locationA().value())).isEqualTo(before);
		mvc.perform(post("/locations/" + t.locationA() + "/slots").with(as(t.coordinator())).with(csrf()).param("day", "2")
				.param("startsAt", "16:30").param("endsAt", "18:00")).andExpect(status().is3xxRedirection());
		assertThat(slotCount(t.locationA().value())).isEqualTo(before + 1);
		mvc.perform(post("/locations/" + t.locationA() + "/slots").with(as(t.coordinator())).with(csrf()).param("day", "3")
				.param("startsAt", "18:00").param("endsAt", "10:00")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Het einde moet na het begin komen.")));
	}

	@Test
	void removesASlot() throws Exception {
		Tenant t = data.tenant();
		UUID slot = jdbc.sql("select id from network.opening_slot where location_id = ?").param(t.locationA().value())
				.query(UUID.class).single();
		mvc.perform(post("/locations/" + t.locationA() + "/slots/" + slot + "/remove").with(as(t.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(slotCount(t.locationA().value())).isZero();
		assertThat(audits("DELETE", slot)).isEqualTo(1);
	}

	@Test
	void openNowFollowsTheClockAndAClosure() throws Exception {
		Tenant t = data.tenant();
		// Tuesday 1 December 2026, 15:00 in Brussels: inside the slot 14:00–16:30
		clock.stopAt(LocalDateTime.parse("2026-12-01T15:00").atZone(OpeningHours.BRUSSELS).toInstant());
		mvc.perform(get("/locations/" + t.locationA()).with(as(t.coordinator())))
				.andExpect(content().string(containsString("badge--open")));
		mvc.perform(post("/locations/" + t.locationA() + "/exceptions").with(as(t.coordinator())).with(csrf())
				.param("onDate", "2026-12-01").param("kind", "CLOSED").param("reason", "Personeelsvergadering"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/locations/" + t.locationA()).with(as(t.coordinator())))
				.andExpect(content().string(allOf(containsString("badge--closed"), not(containsString("badge--open")),
						containsString("Personeelsvergadering"))));
		mvc.perform(get("/locations").with(as(t.coordinator()))).andExpect(content().string(containsString("badge--closed")));
		UUID exception = jdbc.sql("select id from network.opening_exception where location_id = ?")
				.param(t.locationA().value()).query(UUID.class).single();
		mvc.perform(post("/locations/" + t.locationA() + "/exceptions/" + exception + "/remove").with(as(t.coordinator()))
				.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/locations/" + t.locationA()).with(as(t.coordinator())))
				.andExpect(content().string(containsString("badge--open")));
	}

	@Test
	void anExtraSlotNeedsHours() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/locations/" + t.locationA() + "/exceptions").with(as(t.coordinator())).with(csrf())
				.param("onDate", "2026-12-05").param("kind", "EXTRA").param("reason", "Extra zitdag"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Vul de uren in"), containsString("value=\"Extra zitdag\""))));
		assertThat(exceptionCount(t.locationA().value())).isZero();
	}

	@Test
	void staffOfPartnerBCannotManageTheLocationOfPartnerA() throws Exception {
		Tenant t = data.tenant();
		Actor staffB = t.staffOfPartnerB();
		UUID slot = jdbc.sql("select id from network.opening_slot where location_id = ?").param(t.locationA().value())
				.query(UUID.class).single();
		mvc.perform(get("/locations/" + t.locationA()).with(as(staffB))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Openingsuur toevoegen"))));
		mvc.perform(get("/locations/" + t.locationA() + "/edit").with(as(staffB))).andExpect(status().isNotFound());
		mvc.perform(post("/locations/" + t.locationA()).with(as(staffB)).with(csrf()).param("partnerId", t.partnerB().toString())
				.param("name", "Overgenomen").param("kind", "FIXED").param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/locations/" + t.locationA() + "/slots").with(as(staffB)).with(csrf()).param("day", "5")
				.param("startsAt", "09:00").param("endsAt", "10:00")).andExpect(status().isNotFound());
		mvc.perform(post("/locations/" + t.locationA() + "/slots/" + slot + "/remove").with(as(staffB)).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/locations/" + t.locationA() + "/exceptions").with(as(staffB)).with(csrf())
				.param("onDate", "2026-12-24").param("kind", "CLOSED")).andExpect(status().isNotFound());
		assertThat(slotCount(t.locationA().value())).isEqualTo(1);
		assertThat(exceptionCount(t.locationA().value())).isZero();
		assertThat(jdbc.sql("select partner_id from network.location where id = ?").param(t.locationA().value())
				.query(UUID.class).single()).isEqualTo(t.partnerA().value());
		// but their own partner's help point they may manage
		mvc.perform(post("/locations/" + t.locationB() + "/slots").with(as(staffB)).with(csrf()).param("day", "5")
				.param("startsAt", "09:00").param("endsAt", "10:00")).andExpect(status().is3xxRedirection());
		assertThat(slotCount(t.locationB().value())).isEqualTo(1);
	}

	@Test
	void staffMayOnlyOpenLocationsForTheirOwnPartner() throws Exception {
		Tenant t = data.tenant();
		Actor staffB = t.staffOfPartnerB();
		int before = locationCount(t);
		mvc.perform(get("/locations/new").with(as(staffB))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(t.partnerA().toString()))));
		mvc.perform(post("/locations").with(as(staffB)).with(csrf()).param("partnerId", t.partnerA().toString())
				.param("name", "Niet van mij").param("kind", "FIXED")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Kies een partner uit de lijst.")));
		assertThat(locationCount(t)).isEqualTo(before);
		mvc.perform(post("/locations").with(as(staffB)).with(csrf()).param("partnerId", t.partnerB().toString())
				.param("name", "Wel van mij").param("kind", "FIXED")).andExpect(status().is3xxRedirection());
		assertThat(locationCount(t)).isEqualTo(before + 1);
	}

	@Test
	void digibankSettingsMunicipalitiesAndProjects() throws Exception {
		Tenant t = data.tenant();
		Actor coordinator = t.coordinator();
		mvc.perform(post("/digibank/municipalities").with(as(coordinator)).with(csrf()).param("postcode", "370")
				.param("municipality", "Riemst")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Vul 4 cijfers in"), containsString("value=\"Riemst\""))));
		mvc.perform(post("/digibank/municipalities").with(as(coordinator)).with(csrf()).param("postcode", "3770")
				.param("municipality", "Riemst")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/digibank/municipalities").with(as(coordinator)).with(csrf()).param("postcode", "3770")
				.param("municipality", "Riemst")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Deze postcode staat al in de lijst.")));
		mvc.perform(post("/digibank/municipalities/3770/remove").with(as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/digibank/projects").with(as(coordinator)).with(csrf()).param("projectName", "Verlenging 2025")
				.param("fundingSource", "Departement WSE").param("startsOn", "2026-07-31").param("endsOn", "2025-01-01"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("De einddatum moet na de begindatum komen.")));
		mvc.perform(post("/digibank/projects").with(as(coordinator)).with(csrf()).param("projectName", "Verlenging 2025")
				.param("fundingSource", "Departement WSE").param("startsOn", "2025-01-01").param("endsOn", "2026-07-31"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/digibank").with(as(coordinator))).andExpect(content()
				.string(allOf(containsString("Verlenging 2025"), containsString("Departement WSE"), containsString("3700"))));
		mvc.perform(post("/digibank").with(as(coordinator)).with(csrf()).param("name", "Digibank Haspengouw " + t.digibank())
				.param("region", "Haspengouw").param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/digibank").with(as(coordinator)).with(csrf()).param("name", "Oude naam " + t.digibank())
				.param("region", "").param("version", "0")).andExpect(status().isConflict());
		mvc.perform(get("/digibank").with(as(t.actor(Role.STAFF)))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Gegevens bewaren"))));
		mvc.perform(post("/digibank/municipalities").with(as(t.actor(Role.STAFF))).with(csrf()).param("postcode", "3790")
				.param("municipality", "Voeren")).andExpect(status().isForbidden());
	}

	private int partnerCount(Tenant t) {
		return jdbc.sql("select count(*) from network.partner_organisation where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single();
	}

	private int partnersNamed(Tenant t, String name) {
		return jdbc.sql("select count(*) from network.partner_organisation where digibank_id = ? and name = ?")
				.param(t.digibank().value()).param(name).query(Integer.class).single();
	}

	private boolean partnerActive(UUID id) {
		return jdbc.sql("select active from network.partner_organisation where id = ?").param(id).query(Boolean.class).single();
	}

	private int locationCount(Tenant t) {
		return jdbc.sql("select count(*) from network.location where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single();
	}

	private int slotCount(UUID location) {
		return jdbc.sql("select count(*) from network.opening_slot where location_id = ?").param(location).query(Integer.class)
				.single();
	}

	private int exceptionCount(UUID location) {
		return jdbc.sql("select count(*) from network.opening_exception where location_id = ?").param(location)
				.query(Integer.class).single();
	}

	private int audits(String action, UUID record) {
		return jdbc.sql("select count(*) from audit.audit_entry where action = ? and record_id = ?").param(action)
				.param(record.toString()).query(Integer.class).single();
	}
}
