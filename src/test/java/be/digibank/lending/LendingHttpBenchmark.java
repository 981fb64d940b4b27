package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.PlannerStatistics;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.TestSupport;
import be.digibank.inventory.DeviceId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark of the whole HTTP stack, not a regular test (its name does not end in Test, and without
 * {@code -Dbench.lending=true} it is skipped before any application starts). Run with:
 *
 * <pre>
 * ./mvnw -q test -Dspotless.check.skip=true -Dtest=LendingHttpBenchmark -Dbench.lending=true [-Dbench.rounds=10] [-Dbench.pool=10]
 *     [-Dbench.repeats=8] [-Dbench.warmup=30] [-Dbench.paced=20]
 * </pre>
 *
 * The application runs on a random port; 32 client threads (each a counter with its own API token) lend an organisation
 * a laptop and take it back through {@code POST /api/v1/loans} and {@code POST /api/v1/loans/{id}/return}: the same
 * service, rules, audit entries, device moves and events as the counter pages, behind the same security filter chain
 * and method security. The ceiling is an endpoint of this benchmark only (registered in this context alone) that
 * inserts one row in its own transaction behind the same chain. After a warm-up of both paths with as many requests
 * each, two phases:
 * <ul>
 * <li>saturation: closed-loop clients (no pause); short ceiling and lending blocks alternate (C L C L …, 8 of each),
 * the ratio is all lending requests per second of lending time over all ceiling requests per second of ceiling time;
 * <li>counter pace: the same 32 users with a random think time of 0.5–1.5 s between two actions, p50/p95/p99 of
 * checkout and return next to the ceiling endpoint's under the same pacing.
 * </ul>
 * Reports requests per second, percentiles, the statements of one request of each kind and the load average around each
 * phase; writes target/lending-http-benchmark.txt. The clients run on the same machine as the server and the database,
 * so they take their share of its cores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSupport.class, LendingHttpBenchmark.Ceiling.class})
@EnabledIfSystemProperty(named = "bench.lending", matches = "true")
class LendingHttpBenchmark {

	static final int USERS = 32;
	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@DynamicPropertySource
	static void pool(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> Integer.getInteger("bench.pool", 10));
		// 32 clients queue for the pool: they wait longer than the 3 s a page would
		registry.add("spring.datasource.hikari.connection-timeout", () -> 30_000);
	}

	/** The ceiling: one row, one transaction, behind the same filters and method security as the loans API. */
	@RestController
	static class Ceiling {

		private final JdbcClient jdbc;
		private final TransactionTemplate transactions;

		Ceiling(JdbcClient jdbc, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.transactions = transactions;
		}

		@PostMapping("/api/v1/benchmark-ceiling")
		@PreAuthorize("hasAuthority('LOAN_LEND')")
		ResponseEntity<String> insertOneRow() {
			Actor actor = CurrentActor.get();
			UUID id = UUID.randomUUID();
			// a borrower block of a random person: a table of the lending schema without foreign keys
			transactions.executeWithoutResult(status -> jdbc
					.sql("insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name) "
							+ "values (?, ?, ?, 'benchmark', 'benchmark', ?, 'benchmark')")
					.param(id).param(actor.tenant().value()).param(UUID.randomUUID()).param(actor.accountId().value()).update());
			return ResponseEntity.status(HttpStatus.CREATED).body("{\"id\":\"" + id + "\"}");
		}
	}

	@LocalServerPort
	int port;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Environment environment;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void checkoutAndReturnOverHttpNextToASingleRowInsert() throws Exception {
		int rounds = Integer.getInteger("bench.rounds", 10);
		int repeats = Integer.getInteger("bench.repeats", 8);
		int warmUp = Integer.getInteger("bench.warmup", 30);
		int paced = Integer.getInteger("bench.paced", 20);
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		List<String> tokens = new ArrayList<>();
		List<List<DeviceId>> devices = new ArrayList<>();
		int perUser = warmUp + rounds * repeats + paced;
		for (int user = 0; user < USERS; user++) {
			tokens.add(token(staff, tenant));
			List<DeviceId> own = new ArrayList<>();
			for (int round = 0; round < perUser; round++) {
				own.add(fixtures.device(tenant, "AVAILABLE"));
			}
			devices.add(own);
		}
		PlannerStatistics.gather(environment);
		// each client takes its next unused device
		int[] next = new int[USERS];

		StringBuilder report = new StringBuilder();
		line(report, "%d concurrent clients over HTTP (JDK HttpClient, keep-alive); Hikari pool %d; %d cores; uptime before: %s", USERS,
				Integer.getInteger("bench.pool", 10), Runtime.getRuntime().availableProcessors(), uptime());
		// Warm-up of both paths with as many requests each (JIT, connections, plans), not counted: the ceiling measured
		// first used to run on a colder JVM than the lending phase after it (317 before and 479 after, ADR 19).
		run(warmUp * 2, (user, round) -> post(tokens.get(user), "/api/v1/benchmark-ceiling", "{}"));
		run(warmUp, (user, round) -> cycle(tokens.get(user), devices.get(user).get(next[user]++), new Phase()));
		run(warmUp * 2, (user, round) -> post(tokens.get(user), "/api/v1/benchmark-ceiling", "{}"));
		// statistics of tables in use, as autovacuum keeps them in a running database: without them the loan table, empty when
		// the application started, is read row by row for every return (ADR 20)
		PlannerStatistics.gather(environment);
		// the census counts a checkout as most are: right after another one (the cached loan policies are read again at most
		// every 30 s per digibank, one statement, see LoanPolicyRepository)
		cycle(tokens.getFirst(), fixtures.device(tenant, "AVAILABLE"), new Phase());
		statements(report, tokens.getFirst(), fixtures.device(tenant, "AVAILABLE"));
		plans(report, tenant, devices.getFirst().getFirst());

		line(report, "");
		line(report, "== Saturation (closed loop: every client sends its next request as soon as the last one answered) ==");
		line(report, "ceiling and lending alternate in %d short blocks each (C L C L …), so both meet the same JVM and the same load of the"
				+ " shared machine: a ceiling block is %d requests per client, a lending block %d checkouts + %d returns per client; the ratio"
				+ " divides all lending requests per second of lending time by all ceiling requests per second of ceiling time", repeats,
				rounds * 2, rounds, rounds);
		List<Double> ceilingRates = new ArrayList<>();
		List<Double> lendingRates = new ArrayList<>();
		Phase ceilings = new Phase();
		Phase lending = new Phase();
		String loadBefore = load();
		Cpu ceilingCpu = Cpu.NONE;
		Cpu lendingCpu = Cpu.NONE;
		for (int repeat = 0; repeat < repeats; repeat++) {
			Phase block = new Phase();
			Cpu start = Cpu.now();
			ceilingRates.add(run(rounds * 2, (user, round) -> block.ceiling.add(timed(() -> post(tokens.get(user), "/api/v1/benchmark-ceiling",
					"{}")))));
			Cpu between = Cpu.now();
			ceilings.ceiling.addAll(block.ceiling);
			lendingRates.add(run(rounds, (user, round) -> cycle(tokens.get(user), devices.get(user).get(next[user]++), lending)) * 2);
			ceilingCpu = ceilingCpu.plus(between.minus(start));
			lendingCpu = lendingCpu.plus(Cpu.now().minus(between));
		}
		// every block has as many requests of its kind, so the overall rate is the harmonic mean of the blocks' rates
		double ceiling = repeats / ceilingRates.stream().mapToDouble(rate -> 1 / rate).sum();
		double lendingRate = repeats / lendingRates.stream().mapToDouble(rate -> 1 / rate).sum();
		line(report, "ceiling blocks, requests/s: %s", rates(ceilingRates));
		line(report, "lending blocks, requests/s: %s   [load average %s → %s]", rates(lendingRates), loadBefore, load());
		line(report, "ceiling (one-row insert): %.0f requests/s, %s", ceiling, percentiles(ceilings.ceiling));
		line(report, "lending: %.0f requests/s (%.0f checkouts/s + as many returns/s)", lendingRate, lendingRate / 2);
		line(report, "  checkout: %s", percentiles(lending.checkout));
		line(report, "  return:   %s", percentiles(lending.giveBack));
		List<Double> blockRatios = new ArrayList<>();
		for (int i = 0; i < repeats; i++) {
			blockRatios.add(lendingRates.get(i) / ceilingRates.get(i));
		}
		line(report,
				"ratio lending requests/s to ceiling requests/s: %.2f (block by block, lending over the ceiling block just before it: %.2f–%.2f)",
				lendingRate / ceiling, blockRatios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
				blockRatios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
		int perKind = USERS * rounds * 2 * repeats;
		line(report, "CPU per request (ms; the JVM holds the application and the 32 clients, the database is every PostgreSQL process): "
				+ "ceiling %.2f JVM + %.2f database, lending %.2f JVM + %.2f database", ceilingCpu.application() / perKind,
				ceilingCpu.database() / perKind, lendingCpu.application() / perKind, lendingCpu.database() / perKind);
		line(report, "(by Little's law the mean latency here is %d clients ÷ throughput, whatever the code does: p95 in this phase measures the"
				+ " queue, not the counter's wait)", USERS);

		line(report, "");
		line(report, "== 32 users at counter pace (think time %d–%d ms, uniformly random, between two actions of a user) ==", THINK_MIN_MS,
				THINK_MAX_MS);
		line(report, "each user: %d checkouts and %d returns alternating; then the ceiling endpoint under the same pacing, %d requests each", paced,
				paced, paced * 2);
		Phase counter = new Phase();
		loadBefore = load();
		long began = System.nanoTime();
		run(paced, (user, round) -> {
			think();
			cycle(tokens.get(user), devices.get(user).get(next[user]++), counter, LendingHttpBenchmark::think);
		});
		double pacedSeconds = (System.nanoTime() - began) / 1e9;
		line(report, "lending at counter pace: %.0f requests/s over %.0f s   [load average %s → %s]", USERS * paced * 2 / pacedSeconds, pacedSeconds,
				loadBefore, load());
		line(report, "  checkout: %s", percentiles(counter.checkout));
		line(report, "  return:   %s", percentiles(counter.giveBack));
		Phase pacedCeiling = new Phase();
		loadBefore = load();
		run(paced * 2, (user, round) -> {
			think();
			pacedCeiling.ceiling.add(timed(() -> post(tokens.get(user), "/api/v1/benchmark-ceiling", "{}")));
		});
		line(report, "  ceiling at the same pace: %s   [load average %s → %s]", percentiles(pacedCeiling.ceiling), loadBefore, load());
		line(report, "uptime after: %s", uptime());

		LoggerFactory.getLogger("bench").info("\n{}", report);
		Files.writeString(Path.of("target/lending-http-benchmark.txt"), report.toString());
		jdbc.sql("delete from lending.borrower_block where digibank_id = ?").param(tenant.digibank().value()).update();
		assertThat(lending.checkout).hasSize(USERS * rounds * repeats);
		assertThat(counter.checkout).hasSize(USERS * paced);
	}

	/**
	 * A counter's pause between two actions. Generous: at a real counter a checkout takes minutes (the person, the device,
	 * the agreement, the signature), so 32 counters do far fewer than the ~32 requests/s paced here.
	 */
	static final int THINK_MIN_MS = 500;
	static final int THINK_MAX_MS = 1500;

	static void think() {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(THINK_MIN_MS, THINK_MAX_MS + 1));
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	static String rates(List<Double> rates) {
		return String.join(" ", rates.stream().map(rate -> String.format("%.0f", rate)).toList());
	}

	static String uptime() {
		try {
			return new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		} catch (java.io.IOException unknown) {
			return "?";
		}
	}

	/**
	 * What the database is asked for one checkout and one return (and one ceiling request), listed from Spring's JDBC debug
	 * log: every statement of the request, the token check of the filter chain included.
	 */
	void statements(StringBuilder report, String token, DeviceId device) {
		ch.qos.logback.classic.Logger jdbcLog = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
		seen.start();
		ch.qos.logback.classic.Level level = jdbcLog.getLevel();
		jdbcLog.setLevel(ch.qos.logback.classic.Level.DEBUG);
		jdbcLog.addAppender(seen);
		try {
			Phase ignored = new Phase();
			cycle(token, device, ignored, () -> census(report, "checkout", seen));
			census(report, "return", seen);
			post(token, "/api/v1/benchmark-ceiling", "{}");
			census(report, "ceiling", seen);
		} finally {
			jdbcLog.detachAppender(seen);
			jdbcLog.setLevel(level);
		}
	}

	/** The plans of the guard queries of a checkout, to show they use their indexes. */
	void plans(StringBuilder report, Tenant tenant, DeviceId device) {
		String claims = """
				explain select (select o.person_id from lending.offer o where o.digibank_id = '%1$s' and o.device_id = '%2$s'
				  and o.status in ('OPEN', 'ACCEPTED')),
				 (select r.person_id is null from lending.reserved_device d join lending.reservation r on r.id = d.reservation_id
				  where d.digibank_id = '%1$s' and d.device_id = '%2$s' and not d.cancelled
				  and daterange(d.starts_on, d.ends_on, '[]') && daterange(current_date, current_date + 90, '[]') limit 1)
				""".formatted(tenant.digibank().value(), device.value());
		line(report, "plan of the holds-and-bookings check:");
		jdbc.sql(claims).query(String.class).list().forEach(row -> line(report, "    %s", row));
		line(report, "plan of the return's loan lookup:");
		jdbc.sql("explain select * from lending.loan where digibank_id = '%s' and id = '%s' for update".formatted(tenant.digibank().value(),
				UUID.randomUUID())).query(String.class).list().forEach(row -> line(report, "    %s", row));
		line(report, "plan of the active-loan count of a person:");
		jdbc.sql("explain select count(*) from lending.loan where digibank_id = '%s' and person_id = '%s' and ended_at is null"
				.formatted(tenant.digibank().value(), UUID.randomUUID())).query(String.class).list().forEach(row -> line(report, "    %s", row));
	}

	static void census(StringBuilder report, String what, ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen) {
		List<String> sql = seen.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
				.filter(message -> message.startsWith("Executing") && message.contains("[")).map(message -> message.replaceAll("\\s+", " "))
				.map(message -> message.substring(message.indexOf('[') + 1, Math.min(message.length(), message.indexOf('[') + 111))).toList();
		seen.list.clear();
		line(report, "statements of one %s request: %d", what, sql.size());
		sql.forEach(statement -> line(report, "    %s", statement));
	}

	void cycle(String token, DeviceId device, Phase phase) {
		cycle(token, device, phase, () -> {
		});
	}

	/** One counter's loan and its return, each timed on its own. */
	void cycle(String token, DeviceId device, Phase phase, Runnable between) {
		long t0 = System.nanoTime();
		String created = post(token, "/api/v1/loans", """
				{"deviceId": "%s", "organisationName": "Benchmark school", "organisationContact": "Juf Ann", "signedOnPaper": true,
				 "explained": ["WIFI", "CHARGING"], "accessories": "charger"}
				""".formatted(device));
		long t1 = System.nanoTime();
		Matcher id = ID.matcher(created);
		if (!id.find()) {
			throw new IllegalStateException("no loan id in " + created);
		}
		between.run();
		// timed from here: what happens between the two requests (a census, a counter's think time) is not the return's
		long t2 = System.nanoTime();
		post(token, "/api/v1/loans/" + id.group(1) + "/return",
				"{\"version\": 0, \"complete\": true, \"accessoriesBack\": true, \"conditionGrade\": \"A\", \"refundCents\": 0}");
		long t3 = System.nanoTime();
		phase.checkout.add(t1 - t0);
		phase.giveBack.add(t3 - t2);
	}

	String post(String token, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		} catch (java.io.IOException exception) {
			throw new java.io.UncheckedIOException(exception);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/** An API token of the staff member for one client, as the profile page would make it (only its hash is stored). */
	String token(Actor staff, Tenant tenant) throws Exception {
		String secret = "dgb_benchmark" + UUID.randomUUID().toString().replace("-", "");
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		Instant now = Instant.now();
		jdbc.sql("insert into staff.api_token (id, account_id, digibank_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)")
				.param(UUID.randomUUID()).param(staff.accountId().value()).param(tenant.digibank().value()).param("benchmark").param(hash)
				.param(java.sql.Timestamp.from(now)).param(java.sql.Timestamp.from(now.plus(Duration.ofDays(1)))).update();
		return secret;
	}

	/** Latencies of one phase, in nanoseconds. */
	static final class Phase {
		final List<Long> checkout = Collections.synchronizedList(new ArrayList<>());
		final List<Long> giveBack = Collections.synchronizedList(new ArrayList<>());
		final List<Long> ceiling = Collections.synchronizedList(new ArrayList<>());
	}

	interface Step {
		void run(int user, int round);
	}

	static long timed(Runnable request) {
		long t0 = System.nanoTime();
		request.run();
		return System.nanoTime() - t0;
	}

	/** Runs every client's rounds at once; returns the steps per second over the whole phase. */
	static double run(int rounds, Step step) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		long began;
		try (ExecutorService pool = Executors.newFixedThreadPool(USERS)) {
			for (int user = 0; user < USERS; user++) {
				int me = user;
				done.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < rounds; round++) {
						step.run(me, round);
					}
					return null;
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<?> future : done) {
				future.get(15, TimeUnit.MINUTES);
			}
		}
		return USERS * rounds / ((System.nanoTime() - began) / 1e9);
	}

	static String percentiles(List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99));
	}

	static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	/** The 1-minute load average of the machine (other builds share it). */
	/**
	 * CPU time used so far, in milliseconds: by this JVM (the application and the benchmark's clients) and by all
	 * PostgreSQL processes (from /proc; the server's own count of its ended children included, so a backend that ends is
	 * not lost).
	 */
	record Cpu(double application, double database) {

		static final Cpu NONE = new Cpu(0, 0);
		/** USER_HZ: the clock ticks of /proc/[pid]/stat, 100 on Linux on x86 and ARM. */
		static final double TICKS_PER_MILLISECOND = 0.1;

		static Cpu now() {
			double application = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
					.getProcessCpuTime() / 1e6;
			double database = 0;
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
					try {
						String stat = Files.readString(process.resolve("stat"));
						if (stat.contains("(postgres)")) {
							String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							// after the name: state is field 3 of the line, utime, stime, cutime, cstime are 14 to 17
							for (int field = 11; field <= 14; field++) {
								database += Long.parseLong(fields[field]) / TICKS_PER_MILLISECOND;
							}
						}
					} catch (java.io.IOException ended) {
						// the process ended while we listed them
					}
				}
			} catch (java.io.IOException noProc) {
				return new Cpu(application, Double.NaN);
			}
			return new Cpu(application, database);
		}

		Cpu minus(Cpu earlier) {
			return new Cpu(application - earlier.application, database - earlier.database);
		}

		Cpu plus(Cpu other) {
			return new Cpu(application + other.application, database + other.database);
		}
	}

	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (java.io.IOException | RuntimeException unknown) {
			return "?";
		}
	}

	static void line(StringBuilder report, String format, Object... arguments) {
		report.append(String.format(format, arguments)).append('\n');
	}
}
