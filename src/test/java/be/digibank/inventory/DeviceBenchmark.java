package be.digibank.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PlannerStatistics;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.InventoryViews.StockOverview;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a regular test (its name does not end in Test, so the normal build skips it). Run with:
 *
 * <pre>
 * ./mvnw -q test -Dtest=DeviceBenchmark -Dspotless.check.skip=true -Dbench.devices=300000
 * </pre>
 *
 * It generates {@code bench.devices} devices (default 300,000) in one digibank with SQL generate_series, then measures
 * the stock overview, the waiting-per-step overview and device search (scan by tag or serial, and the filtered list)
 * next to a trivial primary-key select in the same loop, and the bulk intake of 1,000 devices from CSV. Results are
 * logged and written to target/device-benchmark.txt.
 */
@DigibankTest
class DeviceBenchmark {

	static final int CHUNK = 50_000;
	static final int RUNS = 300;

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DeviceOverview overview;
	@Autowired
	OverviewRepository overviews;
	@Autowired
	DeviceAdministration devices;
	@Autowired
	DeviceImport imports;
	@Autowired
	DeviceCountCompaction compaction;
	@Autowired
	Environment environment;

	@Test
	void overviewSearchAndBulkIntake() throws Exception {
		int count = Integer.getInteger("bench.devices", 300_000);
		Random random = new Random(20261127);
		Tenant tenant = data.tenant();
		Actor actor = tenant.coordinator();
		DigibankId digibank = tenant.digibank();
		StringBuilder report = new StringBuilder();
		long started = System.nanoTime();
		String sql = """
				insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, state,
				       state_before_repair, condition_grade, location_id, state_since, created_at)
				select gen_random_uuid(), '%s', 'DB-' || lpad(i::text, 7, '0'),
				       (array['LAPTOP','LAPTOP','LAPTOP','DESKTOP','TABLET','SMARTPHONE','SMARTPHONE','MONITOR','MIFI','ACCESSORY'])[1 + i %% 10],
				       (array['Lenovo','Dell','HP','Apple','Samsung'])[1 + i %% 5], 'Model ' || (i %% 50), 'BS-' || i, 'REUSABLE', s,
				       case when s = 'IN_REPAIR' then 'QUALITY_CHECKED' end,
				       (array['A','B','C'])[1 + i %% 3], (array['%s','%s']::uuid[])[1 + i %% 2],
				       now() - (i %% 90) * interval '1 day', now() - interval '100 days'
				  from generate_series(%d, %d) i,
				       lateral (select (array['RECEIVED','SANITISED','REFURBISHING','QUALITY_CHECKED','AVAILABLE','AVAILABLE','AVAILABLE',
				                              'ON_LOAN','ON_LOAN','ON_LOAN','ON_LOAN','RETURNED','IN_REPAIR','RECYCLED','GIVEN_AWAY'])[1 + (i * 7) %% 15] as s) state
				""";
		for (int done = 0; done < count; done += CHUNK) {
			jdbc.sql(sql.formatted(digibank, tenant.locationA(), tenant.locationB(), done + 1, Math.min(count, done + CHUNK))).update();
		}
		jdbc.sql("insert into inventory.asset_tag_sequence (digibank_id, last_value) values (?, ?)").param(digibank.value())
				.param(count).update();
		PlannerStatistics.gather(environment, "inventory.device", "inventory.device_count");
		line(report, "generated %,d devices in %.1f s", count, (System.nanoTime() - started) / 1e9);

		List<UUID> ids = jdbc.sql("select id from inventory.device where digibank_id = ? order by random() limit ?")
				.param(digibank.value()).param(RUNS + 50).query(UUID.class).list();
		List<Long> stock = new ArrayList<>();
		List<Long> waiting = new ArrayList<>();
		List<Long> scan = new ArrayList<>();
		List<Long> list = new ArrayList<>();
		List<Long> ceiling = new ArrayList<>();
		DeviceState[] states = {DeviceState.AVAILABLE, DeviceState.RECEIVED, DeviceState.IN_REPAIR, DeviceState.ON_LOAN};
		for (int i = 0; i < ids.size(); i++) {
			int n = 1 + random.nextInt(count);
			String code = random.nextBoolean() ? "db-" + String.format("%07d", n) : "BS-" + n;
			long t0 = System.nanoTime();
			overview.stock(actor);
			long t1 = System.nanoTime();
			overviews.count(digibank, DeviceOverview.Step.TO_WIPE.states);
			overviews.longestWaiting(digibank, DeviceOverview.Step.TO_WIPE.states, DeviceOverview.LONGEST_SHOWN);
			long t2 = System.nanoTime();
			assertThat(devices.findByCode(actor, code)).isPresent();
			long t3 = System.nanoTime();
			// Every fourth page is a deep one (keyset: after a random tag), the others the first page.
			String after = i % 4 == 3 ? "DB-" + String.format("%07d", 1 + random.nextInt(count)) : null;
			StockOverview page = devices.overview(actor, states[i % states.length], i % 2 == 0 ? DeviceCategory.LAPTOP : null, null, after);
			assertThat(after != null || !page.devices().isEmpty()).isTrue();
			long t4 = System.nanoTime();
			jdbc.sql("select asset_tag from inventory.device where id = ?").param(ids.get(i)).query(String.class).single();
			long t5 = System.nanoTime();
			if (i >= 50) {
				stock.add(t1 - t0);
				waiting.add(t2 - t1);
				scan.add(t3 - t2);
				list.add(t4 - t3);
				ceiling.add(t5 - t4);
			}
		}
		line(report, "stock overview (location x category x state x grade), %d runs: %s", stock.size(), percentiles(stock));
		line(report, "waiting in one step (to wipe): count and the 10 longest, %d runs: %s", waiting.size(), percentiles(waiting));
		line(report, "device search, scan by tag or serial, %d runs: %s", scan.size(), percentiles(scan));
		line(report,
				"device list page (counts per state and per category from the count table, then one page of 100 by tag filtered by state and category, a quarter of them deep pages), %d runs: %s",
				list.size(),
				percentiles(list));
		line(report, "  ceiling: primary-key select of one device, same loop: %s", percentiles(ceiling));

		// The count table must be exact: compare it with an aggregate over every device, before and after a compaction.
		String exact = "select location_id, category, state, condition_grade, count(*)::bigint as n from inventory.device where digibank_id = ? "
				+ "group by 1, 2, 3, 4 order by 1, 2, 3, 4";
		String counted = "select location_id, category, state, condition_grade, sum(devices)::bigint as n from inventory.device_count "
				+ "where digibank_id = ? group by 1, 2, 3, 4 having sum(devices) <> 0 order by 1, 2, 3, 4";
		assertThat(jdbc.sql(counted).param(digibank.value()).query().listOfRows())
				.isEqualTo(jdbc.sql(exact).param(digibank.value()).query().listOfRows());
		line(report, "count table rows before compaction: %d", rows(digibank));
		compaction.run();
		line(report, "count table rows after compaction: %d", rows(digibank));
		assertThat(jdbc.sql(counted).param(digibank.value()).query().listOfRows())
				.isEqualTo(jdbc.sql(exact).param(digibank.value()).query().listOfRows());
		explain(report, "stock overview", """
				select location_id, category, state, condition_grade, sum(devices) as n from inventory.device_count where digibank_id = '%s'
				 group by location_id, category, state, condition_grade having sum(devices) <> 0
				 order by location_id, category, state, condition_grade""".formatted(digibank));
		explain(report, "device list, state and category, deep page", """
				select * from inventory.device where digibank_id = '%s' and state = 'AVAILABLE' and category = 'LAPTOP'
				   and asset_tag > 'DB-0150000' order by asset_tag limit 101""".formatted(digibank));
		explain(report, "device list, category only", """
				select * from inventory.device where digibank_id = '%s' and category = 'TABLET' order by asset_tag limit 101"""
				.formatted(digibank));

		UUID donor = UUID.randomUUID();
		jdbc.sql("insert into inventory.donor (id, digibank_id, kind, name) values (?, ?, 'COMPANY', 'Bench NV')").param(donor)
				.param(digibank.value()).update();
		List<Long> intake = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			UUID donation = UUID.randomUUID();
			jdbc.sql("insert into inventory.donation (id, digibank_id, donor_id, received_on) values (?, ?, ?, ?)").param(donation)
					.param(digibank.value()).param(donor).param(LocalDate.of(2026, 11, 27)).update();
			String csv = DeviceImportTest.thousandDevices("RUN" + run);
			long t0 = System.nanoTime();
			DeviceImport.Imported imported = imports.importDevices(actor, new DonationId(donation), null, csv);
			intake.add(System.nanoTime() - t0);
			assertThat(imported.count()).isEqualTo(1000);
		}
		line(report, "bulk intake of 1,000 devices from CSV (check every row, batch insert), 5 runs: %s", percentiles(intake));
		LoggerFactory.getLogger("bench").info("\n{}", report);
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/device-benchmark.txt"), report.toString());
		assertThat(report).contains("p95");
	}

	long rows(DigibankId digibank) {
		return jdbc.sql("select count(*) from inventory.device_count where digibank_id = ?").param(digibank.value()).query(Long.class)
				.single();
	}

	void explain(StringBuilder report, String title, String sql) {
		line(report, "EXPLAIN ANALYZE %s:", title);
		for (String plan : jdbc.sql("explain (analyze, buffers off) " + sql).query(String.class).list()) {
			line(report, "    %s", plan);
		}
	}

	static String percentiles(List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
				sorted.getLast() / 1e6);
	}

	static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	static void line(StringBuilder report, String format, Object... arguments) {
		report.append(String.format(format, arguments)).append('\n');
	}
}
