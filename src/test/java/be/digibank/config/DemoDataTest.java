package be.digibank.config;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestSupport;
import be.digibank.network.Network;
import be.digibank.shared.DigibankId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Demo mode shows a lived-in DIGbij: persons, devices, loans and messages, written once however often it starts. It
 * gets a PostgreSQL of its own: the demo accounts and data must never appear in the database the other tests share.
 */
@SpringBootTest(properties = {"digibank.demo.enabled=true", "digibank.embedded-database.directory=" + DemoDataTest.OWN_DATABASE})
@ActiveProfiles("test")
@Import(TestSupport.class)
class DemoDataTest {

	static final String OWN_DATABASE = "target/demo-data-test/postgres";

	static {
		// a fresh database on every run: the seeders must start from nothing
		try {
			FileSystemUtils.deleteRecursively(Path.of(OWN_DATABASE));
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Autowired
	Network network;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationContext context;

	DigibankId digbij;

	@BeforeEach
	void findDigbij() {
		digbij = network.digibankNamed(DemoData.MAIN_DIGIBANK).orElseThrow().id();
	}

	@Test
	void theRegisterOfDigbijIsLivedIn() {
		assertThat(count("select count(*) from people.person where digibank_id = ?")).isGreaterThanOrEqualTo(40);
		assertThat(count("select count(distinct postcode) from people.person where digibank_id = ?")).isEqualTo(4);
		assertThat(count("select count(distinct language) from people.person where digibank_id = ?")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from people.person where digibank_id = ? and no_contact")).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from people.person where digibank_id = ? and email = '' and phone = '' and not no_contact"))
				.isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from people.eligibility_proof where digibank_id = ? and valid_until > current_date + 30"))
				.isGreaterThanOrEqualTo(10);
		assertThat(count(
				"select count(*) from people.eligibility_proof where digibank_id = ? and valid_until between current_date and current_date + 30"))
				.isEqualTo(1);
		assertThat(count("select count(*) from people.eligibility_proof where digibank_id = ? and valid_until < current_date")).isEqualTo(1);
		assertThat(count("select count(*) from people.consent where digibank_id = ?")).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from people.referral where digibank_id = ? and status = 'REQUESTED'")).isEqualTo(1);
		assertThat(count("select count(*) from people.referral where digibank_id = ? and status = 'ACCEPTED'")).isEqualTo(1);
		assertThat(count("select count(*) from people.anonymous_contact where digibank_id = ?")).isEqualTo(10);
		assertThat(count("""
				select count(*) from people.person a join people.person b on a.digibank_id = b.digibank_id and a.id < b.id
				where a.digibank_id = ? and a.first_name = b.first_name and a.birth_year = b.birth_year and a.last_name <> b.last_name
				  and levenshtein(a.last_name, b.last_name) = 1
				""")).isEqualTo(1);
		DigibankId kempen = network.digibankNamed("Digibank Kempen").orElseThrow().id();
		assertThat(jdbc.sql("select count(*) from people.person where digibank_id = ?").param(kempen.value()).query(Long.class).single())
				.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theDeviceBankIsAtWork() {
		assertThat(count("""
				select count(*) from inventory.device d join inventory.donation n on n.id = d.donation_id join inventory.donor o on o.id = n.donor_id
				where d.digibank_id = ? and o.kind = 'COMPANY'
				""")).isEqualTo(15);
		for (String state : List.of("RECEIVED", "SANITISED", "REFURBISHING", "QUALITY_CHECKED", "AVAILABLE", "IN_REPAIR", "RECYCLED")) {
			assertThat(jdbc.sql("select count(*) from inventory.device where digibank_id = ? and state = ?").params(digbij.value(), state)
					.query(Long.class).single()).as(state).isPositive();
		}
		assertThat(count("select count(distinct location_id) from inventory.device where digibank_id = ? and state = 'AVAILABLE'")).isEqualTo(2);
		assertThat(count("""
				select count(*) from inventory.device d where d.digibank_id = ? and d.state in ('SANITISED', 'AVAILABLE', 'ON_LOAN')
				and not exists (select 1 from inventory.sanitisation s where s.device_id = d.id and s.result = 'PASSED')
				""")).isZero();
		assertThat(count("select last_value from inventory.asset_tag_sequence where digibank_id = ?"))
				.isEqualTo(count("select count(*) from inventory.device where digibank_id = ?"));
	}

	@Test
	void lendingAndMessagesAreInFullSwing() {
		assertThat(count("select count(*) from lending.loan_policy where digibank_id = ? and category in ('LAPTOP', 'TABLET')")).isEqualTo(2);
		assertThat(count("select count(*) from lending.loan where digibank_id = ? and ended_at is null")).isEqualTo(6);
		assertThat(
				count("select count(*) from lending.loan where digibank_id = ? and ended_at is null and due_on = current_date - 10 and on_call_list"))
				.isEqualTo(1);
		assertThat(count(
				"select count(*) from lending.loan where digibank_id = ? and ended_at is null and due_on between current_date and current_date + 6"))
				.isEqualTo(1);
		assertThat(count("""
				select count(*) from lending.loan l join lending.loan_incident i on i.loan_id = l.id
				where l.digibank_id = ? and l.ended_at is not null and i.kind = 'DAMAGE' and i.decision = 'FLAT_RATE'
				""")).isEqualTo(1);
		assertThat(count("select count(*) from lending.request where digibank_id = ? and status = 'WAITING' and category = 'LAPTOP' and note <> ''"))
				.isEqualTo(1);
		assertThat(count("""
				select count(*) from lending.reservation r join lending.reserved_device d on d.reservation_id = r.id
				where r.digibank_id = ? and r.organisation_name <> '' and r.starts_on > current_date
				""")).isEqualTo(5);
		assertThat(count("""
				select count(*) from lending.loan l join inventory.device d on d.id = l.device_id
				where l.digibank_id = ? and l.ended_at is null and d.state <> 'ON_LOAN'
				""")).isZero();
		assertThat(count("select count(*) from notifications.outbox_message where digibank_id = ? and status = 'SENT'")).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from notifications.outbox_message where digibank_id = ? and status = 'FAILED' and reason <> ''"))
				.isEqualTo(1);
		assertThat(count("select count(*) from notifications.outbox_message where digibank_id = ? and status = 'TO_PRINT' and channel = 'LETTER'"))
				.isEqualTo(1);
	}

	@Test
	void startingAgainAddsNothing() throws Exception {
		Map<String, Long> before = totals();
		List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
		runners.sort(AnnotationAwareOrderComparator.INSTANCE);
		for (ApplicationRunner runner : runners) {
			if (runner.getClass().getPackageName().startsWith("be.digibank") && runner.getClass().getSimpleName().contains("DemoData")) {
				runner.run(new DefaultApplicationArguments());
			}
		}
		assertThat(totals()).isEqualTo(before);
	}

	private Map<String, Long> totals() {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (String table : TABLES) {
			totals.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return totals;
	}

	static final List<String> TABLES = List.of("network.digibank", "people.person", "people.eligibility_proof", "people.consent", "people.referral",
			"people.anonymous_contact",
			"inventory.donor", "inventory.donation", "inventory.device", "inventory.device_event", "inventory.sanitisation",
			"lending.loan_policy", "lending.loan", "lending.loan_incident", "lending.request", "lending.reservation", "lending.reserved_device",
			"notifications.outbox_message");

	private long count(String sql) {
		return jdbc.sql(sql).param(digbij.value()).query(Long.class).single();
	}
}
