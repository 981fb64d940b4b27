package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Erasure reaches the copies other modules keep: the name on a loan and the text of messages go, a message not yet sent
 * is not sent, while the loan itself (device, dates) and the message's kind stay for the counts.
 */
@DigibankTest
class ErasureAcrossModulesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theNameOnALoanAndTheTextOfMessagesAreErasedWithThePerson() throws Exception {
		Tenant tenant = data.tenant();
		UUID digibank = tenant.digibank().value();
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, 'Hanne', 'Verbeeck', '3700')")
				.param(person).param(digibank).update();
		UUID loan = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name, goal_plan)
				values (?, ?, ?, 'DB-000001', 'LAPTOP', 'Lenovo T480', 'Hanne Verbeeck', ?, current_date, current_date + 30, 'NONE', true, ?, 'test',
				        'Solliciteren bij Colruyt')
				""").param(loan).param(digibank).param(UUID.randomUUID()).param(person).param(tenant.coordinator().accountId().value()).update();
		jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, importance, status,
				    attempts, due_at, created_at, sent_at, subject, body)
				values (?, ?, ?, 'sent', 'EMAIL', 'lending.due-soon', 'ESSENTIAL', 'SENT', 1, now(), now(), now(), 'Uw laptop', 'Dag Hanne Verbeeck')
				""").param(UUID.randomUUID()).param(digibank).param(person).update();
		jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, importance, status,
				    attempts, due_at, created_at)
				values (?, ?, ?, 'waiting', 'SMS', 'lending.overdue', 'ESSENTIAL', 'PENDING', 0, now(), now())
				""").param(UUID.randomUUID()).param(digibank).param(person).update();

		mvc.perform(post("/people/" + person + "/erase").with(TestData.as(tenant.coordinator())).with(csrf()).param("reason", "Gevraagd aan de balie")
				.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select borrower_name || '|' || goal_plan || '|' || device_label from lending.loan where id = ?").param(loan)
				.query(String.class).single()).isEqualTo("-||Lenovo T480");
		assertThat(jdbc.sql("select count(*) from notifications.outbox_message where person_id = ? and (body is not null or subject is not null)")
				.param(person).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select status from notifications.outbox_message where person_id = ? order by reference").param(person)
				.query(String.class).list()).containsExactly("SENT", "SKIPPED");
	}
}
