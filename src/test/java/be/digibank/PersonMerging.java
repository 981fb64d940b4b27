package be.digibank;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.TestData.Tenant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Merging two person records and undoing it as the coordinator does, for the modules' tests of what follows a merge.
 */
public record PersonMerging(MockMvc mvc, JdbcClient jdbc, Tenant tenant) {

	public UUID person(String firstName, String lastName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, ?, ?, '3700')").param(id)
				.param(tenant.digibank().value()).param(firstName).param(lastName).update();
		return id;
	}

	/** Merges {@code merged} into {@code survivor}; returns the merge's ID. */
	public UUID merge(UUID survivor, UUID merged) throws Exception {
		mvc.perform(post("/people/duplicates/" + survivor + "/" + merged + "/merge").with(TestData.as(tenant.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people.person_merge where merged_id = ? and undone_at is null").param(merged).query(UUID.class).single();
	}

	public void undo(UUID merge) throws Exception {
		mvc.perform(post("/people/merges/" + merge + "/undo").with(TestData.as(tenant.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
	}
}
