package be.digibank.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PersonMerging;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Undoing a merge is followed by notifications: the messages and the channel wishes that moved to the survivor go back;
 * a message sent to the survivor after the merge stays with the survivor.
 */
@DigibankTest
class NotificationUnmergeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void undoingAMergeGivesEachPersonTheirOwnMessagesAndWishesBack() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID survivor = merging.person("Anna", "Jacobs");
		UUID merged = merging.person("Ana", "Jacobs");
		List<UUID> survivorsOwn = List.of(message(tenant, survivor, "a"), message(tenant, survivor, "b"));
		List<UUID> mergedOwn = List.of(message(tenant, merged, "c"), message(tenant, merged, "d"));
		jdbc.sql("insert into notifications.person_preference (digibank_id, person_id, channels, optional_opt_out, changed_at) "
				+ "values (?, ?, '{LETTER}', true, now())").param(tenant.digibank().value()).param(merged).update();

		UUID merge = merging.merge(survivor, merged);
		assertThat(messages(merged)).isEmpty();
		assertThat(messages(survivor)).containsExactlyInAnyOrder(survivorsOwn.get(0), survivorsOwn.get(1), mergedOwn.get(0), mergedOwn.get(1));
		assertThat(optedOut(survivor)).containsExactly(true);
		UUID afterwards = message(tenant, survivor, "e");

		merging.undo(merge);

		assertThat(messages(merged)).containsExactlyInAnyOrderElementsOf(mergedOwn);
		assertThat(messages(survivor)).containsExactlyInAnyOrder(survivorsOwn.get(0), survivorsOwn.get(1), afterwards);
		assertThat(optedOut(merged)).containsExactly(true);
		assertThat(optedOut(survivor)).isEmpty();
		assertThat(jdbc.sql("select count(*) from notifications.merge_move where merged_id = ?").param(merged).query(Integer.class).single())
				.isZero();
	}

	@Test
	void theSurvivorsOwnWishesStayWithTheSurvivor() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID survivor = merging.person("Bert", "Claes");
		UUID merged = merging.person("Bret", "Claes");
		for (UUID person : List.of(survivor, merged)) {
			jdbc.sql("insert into notifications.person_preference (digibank_id, person_id, channels, optional_opt_out, changed_at) "
					+ "values (?, ?, '{SMS}', ?, now())").param(tenant.digibank().value()).param(person).param(person.equals(merged)).update();
		}
		merging.undo(merging.merge(survivor, merged));
		assertThat(optedOut(survivor)).containsExactly(false);
		assertThat(optedOut(merged)).containsExactly(true);
	}

	UUID message(Tenant tenant, UUID person, String reference) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, importance, status,
				    attempts, due_at, created_at, sent_at, subject, body)
				values (?, ?, ?, ?, 'EMAIL', 'lending.due-soon', 'ESSENTIAL', 'SENT', 1, now(), now(), now(), 'Uw laptop', 'Dag')
				""").param(id).param(tenant.digibank().value()).param(person).param(reference + "-" + id).update();
		return id;
	}

	List<UUID> messages(UUID person) {
		return jdbc.sql("select id from notifications.outbox_message where person_id = ?").param(person).query(UUID.class).list();
	}

	List<Boolean> optedOut(UUID person) {
		return jdbc.sql("select optional_opt_out from notifications.person_preference where person_id = ?").param(person).query(Boolean.class)
				.list();
	}
}
