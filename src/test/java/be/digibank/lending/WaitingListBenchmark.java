package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PlannerStatistics;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a regular test: the waiting list of one kind of device with {@code bench.waiting} people waiting
 * (default 2,000, each with a proof), next to a ceiling measured in the same run (reading the same waiting requests
 * without their eligibility): the whole ordered list (the API), its first page (the page shows 50 places) and the offer
 * of a free laptop (the periodic job does this once per free device). The verdicts of all waiting persons are asked of
 * the people register at once (ADR 015). Run with:
 *
 * <pre>
 * ./mvnw -q test -Dspotless.check.skip=true -Dtest=WaitingListBenchmark -Dbench.lending=true [-Dbench.waiting=2000]
 * </pre>
 */
@DigibankTest
@EnabledIfSystemProperty(named = "bench.lending", matches = "true")
class WaitingListBenchmark {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Environment environment;
	@Autowired
	RequestDesk desk;
	@Autowired
	RequestRepository requests;
	@Autowired
	OfferDesk offers;

	@Test
	void waitingListOfManyPeopleNextToReadingTheirRequests() throws Exception {
		int waiting = Integer.getInteger("bench.waiting", 2000);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		jdbc.sql("""
				insert into people.person (id, digibank_id, first_name, last_name, postcode)
				select gen_random_uuid(), ?, 'Wachtende', 'Nr ' || n, '3700' from generate_series(1, ?) n
				""").param(tenant.digibank().value()).param(waiting).update();
		jdbc.sql("""
				insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by)
				select gen_random_uuid(), digibank_id, id, case when random() < 0.3 then 'JOB_SEEKER' else 'UITPAS_REDUCED_RATE' end,
				       current_date - 30, current_date + 300, ? from people.person where digibank_id = ?
				""").param(tenant.coordinator().accountId().value()).param(tenant.digibank().value()).update();
		jdbc.sql("""
				insert into lending.request (id, digibank_id, person_id, category, urgency, status, requested_at)
				select gen_random_uuid(), digibank_id, id, 'LAPTOP', case when random() < 0.1 then 'URGENT' else 'NORMAL' end, 'WAITING',
				       now() - random() * interval '200 days' from people.person where digibank_id = ?
				""").param(tenant.digibank().value()).update();
		PlannerStatistics.gather(environment);

		QueueFixture fixture = new QueueFixture(jdbc, tenant);
		List<Long> list = new ArrayList<>();
		List<Long> page = new ArrayList<>();
		List<Long> offer = new ArrayList<>();
		List<Long> ceiling = new ArrayList<>();
		for (int run = 0; run < 12; run++) {
			long t0 = System.nanoTime();
			int rows = desk.waitingList(staff, DeviceCategory.LAPTOP, 0, Integer.MAX_VALUE).rows().size();
			long t1 = System.nanoTime();
			int read = requests.open(tenant.digibank(), DeviceCategory.LAPTOP, List.of(Request.Status.WAITING)).size();
			long t2 = System.nanoTime();
			int shown = desk.waitingList(staff, DeviceCategory.LAPTOP, 0, RequestController.WAITING_PAGE).rows().size();
			long t3 = System.nanoTime();
			var laptop = fixture.availableLaptop();
			long t4 = System.nanoTime();
			boolean offered = offers.offerDevice(tenant.digibank(), laptop, null).isPresent();
			long t5 = System.nanoTime();
			assertThat(rows).isEqualTo(waiting - run);
			assertThat(read).isEqualTo(waiting - run);
			assertThat(shown).isEqualTo(RequestController.WAITING_PAGE);
			assertThat(offered).isTrue();
			if (run >= 2) {
				list.add(t1 - t0);
				ceiling.add(t2 - t1);
				page.add(t3 - t2);
				offer.add(t5 - t4);
			}
		}
		String report = String.format("waiting list of %d people (10 runs after 2 warm-ups): %s%n  its first page of %d: %s%n"
				+ "  offer of a free laptop: %s%n  ceiling, their requests read alone: %s%n  load average %s%n", waiting,
				LendingHttpBenchmark.percentiles(list), RequestController.WAITING_PAGE, LendingHttpBenchmark.percentiles(page),
				LendingHttpBenchmark.percentiles(offer), LendingHttpBenchmark.percentiles(ceiling), LendingHttpBenchmark.load());
		LoggerFactory.getLogger("bench").info("\n{}", report);
		Files.writeString(Path.of("target/waiting-list-benchmark.txt"), report);
	}
}
