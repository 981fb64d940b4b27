package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.PersonMerging;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A merge older than the undo window becomes final at night: the undo is refused, and the ledgers kept to undo it (the
 * people module's list of what moved, lending's, notifications' and the device bank's) are deleted. Younger merges keep
 * theirs and can still be undone.
 */
@DigibankTest
class MergeFinalisationTest {

	private static final List<String> LEDGERS = List.of("lending.merge_move", "notifications.merge_move", "inventory.merge_move");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	MergeFinalisation finalisation;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMergePastItsUndoWindowBecomesFinalAndItsLedgersGo() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID oldSurvivor = merging.person("Hanne", "Claes");
		UUID oldMerged = merging.person("Hane", "Claes");
		held(tenant, oldMerged);
		UUID oldMerge = merging.merge(oldSurvivor, oldMerged);
		clock.advance(Duration.ofDays(20));
		UUID youngSurvivor = merging.person("Wout", "Segers");
		UUID youngMerged = merging.person("Wuot", "Segers");
		held(tenant, youngMerged);
		UUID youngMerge = merging.merge(youngSurvivor, youngMerged);
		for (String ledger : LEDGERS) {
			assertThat(ledgerRows(ledger, oldMerged)).as(ledger).isPositive();
		}
		clock.advance(Duration.ofDays(11));

		assertThat(finalisation.run()).isPositive();

		Timestamp finalAt = jdbc.sql("select final_at from people.person_merge where id = ?").param(oldMerge).query(Timestamp.class).single();
		assertThat(finalAt).isNotNull();
		assertThat(jdbc.sql("select moved::text from people.person_merge where id = ?").param(oldMerge).query(String.class).single()).isEqualTo("{}");
		for (String ledger : LEDGERS) {
			assertThat(ledgerRows(ledger, oldMerged)).as(ledger).isZero();
			assertThat(ledgerRows(ledger, youngMerged)).as(ledger).isPositive();
		}
		assertThat(jdbc.sql("select final_at from people.person_merge where id = ?").param(youngMerge).query(Timestamp.class).optional())
				.isEmpty();
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_id = ? and summary like '%final%'").param(oldSurvivor.toString())
				.query(Integer.class).single()).isEqualTo(1);
		// the history stays with the survivor: only the means to undo the merge are gone
		assertThat(jdbc.sql("select count(*) from lending.loan where person_id = ?").param(oldSurvivor).query(Integer.class).single()).isEqualTo(1);

		String refused = mvc.perform(post("/people/merges/" + oldMerge + "/undo").with(TestData.as(tenant.coordinator())).with(csrf()))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("te oud");
		assertThat(jdbc.sql("select merged_into from people.person where id = ?").param(oldMerged).query(UUID.class).single()).isEqualTo(oldSurvivor);

		// a second night changes nothing of what is final already
		finalisation.run();
		assertThat(jdbc.sql("select final_at from people.person_merge where id = ?").param(oldMerge).query(Timestamp.class).single())
				.isEqualTo(finalAt);

		merging.undo(youngMerge);
		assertThat(jdbc.sql("select count(*) from lending.loan where person_id = ?").param(youngMerged).query(Integer.class).single()).isEqualTo(1);
		for (String ledger : LEDGERS) {
			assertThat(ledgerRows(ledger, youngMerged)).as(ledger).isZero();
		}
	}

	/** A loan, a channel preference and a repair of the person, one row in each module that keeps a ledger. */
	void held(Tenant tenant, UUID person) {
		UUID digibank = tenant.digibank().value();
		UUID staff = tenant.coordinator().accountId().value();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (?, ?, ?, 'DB-1', 'LAPTOP', 'Toestel', 'Naam', ?, current_date, current_date + 30, 'NONE', true, ?, 'Staff')
				""").param(UUID.randomUUID()).param(digibank).param(UUID.randomUUID()).param(person).param(staff).update();
		jdbc.sql("insert into notifications.person_preference (digibank_id, person_id, channels, optional_opt_out, changed_at) "
				+ "values (?, ?, '{LETTER}', true, now())").param(digibank).param(person).update();
		jdbc.sql("""
				insert into inventory.repair (id, digibank_id, person_id, citizen_category, problem, opened_at, opened_by)
				values (?, ?, ?, 'LAPTOP', 'Start niet op', now(), ?)
				""").param(UUID.randomUUID()).param(digibank).param(person).param(staff).update();
	}

	int ledgerRows(String ledger, UUID merged) {
		return jdbc.sql("select count(*) from " + ledger + " where merged_id = ?").param(merged).query(Integer.class).single();
	}
}
