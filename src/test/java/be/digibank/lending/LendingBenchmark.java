package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a regular test (its name does not end in Test, so the normal build skips it). Run with:
 *
 * <pre>
 * ./mvnw -q test -Dtest=LendingBenchmark -Dspotless.check.skip=true -Dbench.lending=true
 * </pre>
 *
 * 32 concurrent counters each lend and take back devices through the service layer (the full transactions with the
 * checks, the device moves and their history, the audit entries, the timeline entry and the events), next to a ceiling
 * measured in the same run: the same 32 threads each inserting one row (without foreign keys) in its own transaction.
 * Reports throughput, the ratio to the ceiling and latency percentiles, and writes them to
 * target/lending-benchmark.txt. Without {@code -Dbench.lending=true} it does nothing. A checkout is about ten
 * statements against the ceiling's one, so this ratio stays near 0.1 whatever is tuned; {@link LendingHttpBenchmark}
 * measures what the issue asks (the whole request, next to a one-row insert endpoint behind the same stack).
 */
@DigibankTest
// 32 users need 32 connections: a pool of that size (and patience while a loaded machine hands them out) for both runs
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=34", "spring.datasource.hikari.connection-timeout=30000"})
class LendingBenchmark {

	static final int USERS = 32;

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void checkoutAndReturnNextToASingleRowInsert() throws Exception {
		if (!Boolean.getBoolean("bench.lending")) {
			return;
		}
		int rounds = Integer.getInteger("bench.rounds", 25);
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		List<List<DeviceId>> devices = new ArrayList<>();
		for (int user = 0; user < USERS; user++) {
			List<DeviceId> own = new ArrayList<>();
			for (int round = 0; round < rounds + 5; round++) {
				own.add(fixtures.device(tenant, "AVAILABLE"));
			}
			devices.add(own);
		}

		StringBuilder report = new StringBuilder();
		String loadBefore = LendingHttpBenchmark.load();
		// the ceiling: one row into a table without foreign keys (a block of a random person of the benchmark's own digibank)
		Result ceiling = run(rounds * 2, (user, round) -> transactions.executeWithoutResult(status -> jdbc
				.sql("insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name) "
						+ "values (?, ?, ?, 'bench', 'bench', ?, 'bench')")
				.param(UUID.randomUUID()).param(tenant.digibank().value()).param(UUID.randomUUID()).param(staff.accountId().value()).update()));
		// warm-up, then the measured run: one checkout and one return per round
		run(1, (user, round) -> cycle(staff, devices.get(user).get(rounds + round)));
		Result lending = run(rounds, (user, round) -> cycle(staff, devices.get(user).get(round)));
		double ratio = lending.perSecond() * 2 / ceiling.perSecond();
		String loadAfter = LendingHttpBenchmark.load();
		report.append(String.format("%d concurrent users, %d checkout+return cycles each%n", USERS, rounds));
		report.append(String.format("ceiling (one-row insert per transaction): %.0f tx/s, %s%n", ceiling.perSecond(), ceiling.percentiles()));
		report.append(String.format("lending (checkout + return, each a transaction): %.0f cycles/s = %.0f tx/s, per cycle %s%n",
				lending.perSecond(), lending.perSecond() * 2, lending.percentiles()));
		report.append(String.format("ratio lending tx/s to ceiling tx/s: %.2f (load average %s before, %s after)%n", ratio, loadBefore, loadAfter));
		report.append(String.format("(the same work over HTTP, with its own ceiling: LendingHttpBenchmark)%n"));
		LoggerFactory.getLogger("bench").info("\n{}", report);
		Files.writeString(Path.of("target/lending-benchmark.txt"), report.toString());
		jdbc.sql("delete from lending.borrower_block where digibank_id = ?").param(tenant.digibank().value()).update();
		assertThat(report).contains("p95");
	}

	void cycle(Actor staff, DeviceId device) {
		LoanId loan = desk.checkout(staff, LoanFixtures.toOrganisation(device, "Bench school"));
		desk.registerReturn(staff, loan, new LoanDesk.ReturnCommand(0, true, true, "A", "", 0, "", null));
	}

	interface Step {
		void run(int user, int round);
	}

	record Result(double perSecond, List<Long> nanos) {
		String percentiles() {
			List<Long> sorted = nanos.stream().sorted().toList();
			return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99));
		}

		static double at(List<Long> sorted, double quantile) {
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
		}
	}

	Result run(int rounds, Step step) throws Exception {
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		long began;
		try (ExecutorService pool = Executors.newFixedThreadPool(USERS)) {
			for (int user = 0; user < USERS; user++) {
				int me = user;
				done.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < rounds; round++) {
						long t0 = System.nanoTime();
						step.run(me, round);
						nanos.add(System.nanoTime() - t0);
					}
					return null;
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<?> future : done) {
				future.get(10, TimeUnit.MINUTES);
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		return new Result(nanos.size() / seconds, nanos);
	}
}
