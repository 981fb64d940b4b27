package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fifty counters lend the same laptop at the same moment: the database lets exactly one of them. */
@DigibankTest
class LoanConcurrencyTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;

	@Test
	void fiftyParallelCheckoutsOfOneDeviceMakeExactlyOneLoan() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		int counters = 50;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(counters)) {
			for (int i = 0; i < counters; i++) {
				String school = "School " + i;
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						desk.checkout(staff, LoanFixtures.toOrganisation(device, school));
						return "LENT";
					} catch (ConflictException conflict) {
						return conflict.messageKey();
					} catch (LoanRefused refused) {
						return refused.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn("LENT"::equals).hasSize(1);
			assertThat(results).filteredOn(r -> !r.equals("LENT")).hasSize(counters - 1)
					.allMatch(r -> r.equals("lending.loan.checkout.taken") || r.equals("lending.loan.device.onLoan"));
		}
		assertThat(fixtures.activeLoans(device)).isEqualTo(1);
		assertThat(fixtures.loans(device)).isEqualTo(1);
		assertThat(fixtures.deviceState(device)).isEqualTo("ON_LOAN");
		assertThat(jdbc.sql("select count(*) from inventory.device_event where device_id = ? and to_state = 'ON_LOAN'").param(device.value())
				.query(Integer.class).single()).isEqualTo(1);
	}
}
