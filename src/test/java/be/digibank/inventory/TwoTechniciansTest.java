package be.digibank.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import be.digibank.shared.security.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two technicians change the same devices at the same moment, each in a thread of its own against the real database:
 * per device one of them wins, the other is told why, and nothing of the loser's batch is saved.
 */
@DigibankTest
class TwoTechniciansTest {

	static final int ROUNDS = 5;

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	WipeEvidence wipes;
	@Autowired
	DeviceAdministration devices;

	@Test
	void twoBulkWipesWithDevicesInCommonOneWinsTheOtherIsToldAndSavesNothing() throws Exception {
		Tenant t = data.tenant();
		Actor tom = t.coordinator();
		Actor ann = t.actor(Role.TECHNICIAN);
		WipeRecord wipe = new WipeRecord("SSD", Sanitisation.Method.PURGE, Sanitisation.Technique.CRYPTO_ERASE, "Blancco", "7.1",
				"Tom", LocalDate.of(2026, 11, 21), Sanitisation.Result.PASSED, "");
		for (int round = 0; round < ROUNDS; round++) {
			DonationId donation = new DonationId(WipeEvidenceTest.donation(jdbc, t));
			List<DeviceId> four = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				four.add(new DeviceId(WipeEvidenceTest.device(jdbc, t, donation.value(), "DB-%03d%03d".formatted(round, i),
						"R" + round + "-SN-" + i, "RECEIVED", 1)));
			}
			List<DeviceId> first = four.subList(0, 3);
			List<DeviceId> second = four.subList(1, 4);
			List<Outcome> outcomes = race(signedIn(tom, () -> wipes.recordForAll(tom, donation, first, wipe)),
					signedIn(ann, () -> wipes.recordForAll(ann, donation, second, wipe)));

			assertThat(outcomes).filteredOn(o -> o.error() == null).hasSize(1);
			Outcome lost = outcomes.stream().filter(o -> o.error() != null).findFirst().orElseThrow();
			assertThat(lost.error()).isInstanceOf(ImportRefused.class);
			// the loser is told, per device in common, that it was wiped meanwhile
			assertThat(((ImportRefused) lost.error()).problems()).extracting(ImportRefused.Problem::column, ImportRefused.Problem::messageKey)
					.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("DB-%03d002".formatted(round), DeviceRuleBroken.ALREADY_SANITISED),
							org.assertj.core.groups.Tuple.tuple("DB-%03d003".formatted(round), DeviceRuleBroken.ALREADY_SANITISED));
			// only the winner's three records exist: the loser's own device got nothing
			List<DeviceId> won = outcomes.indexOf(lost) == 0 ? second : first;
			assertThat(jdbc.sql("select device_id from inventory.sanitisation where device_id = any(?)")
					.param(four.stream().map(DeviceId::value).toArray(UUID[]::new)).query(UUID.class).list())
					.containsExactlyInAnyOrderElementsOf(won.stream().map(DeviceId::value).toList());
			assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Sanitisation' and digibank_id = ? "
					+ "and summary like ?").param(t.digibank().value()).param("DB-%03d%%".formatted(round)).query(Integer.class).single())
					.isEqualTo(3);
		}
	}

	@Test
	void twoMovesOfTheSameDeviceFromTheSameVersionOneWinsTheOtherGetsAConflict() throws Exception {
		Tenant t = data.tenant();
		for (int round = 0; round < ROUNDS; round++) {
			UUID donation = WipeEvidenceTest.donation(jdbc, t);
			DeviceId device = new DeviceId(
					WipeEvidenceTest.device(jdbc, t, donation, "DB-%03d900".formatted(round), "M" + round, "RECEIVED", 1));
			Actor tom = t.coordinator();
			Actor ann = t.actor(Role.TECHNICIAN);
			List<Outcome> outcomes = race(signedIn(tom, () -> devices.transition(tom, device, 0, DeviceState.IN_REPAIR, "screen broken")),
					signedIn(ann, () -> devices.transition(ann, device, 0, DeviceState.RETIRED, "beyond repair")));

			assertThat(outcomes).filteredOn(o -> o.error() == null).hasSize(1);
			Outcome lost = outcomes.stream().filter(o -> o.error() != null).findFirst().orElseThrow();
			assertThat(lost.error()).isInstanceOf(ConflictException.class);
			assertThat(((ConflictException) lost.error()).messageKey()).isEqualTo("error.409.concurrent");
			DeviceState won = outcomes.indexOf(lost) == 0 ? DeviceState.RETIRED : DeviceState.IN_REPAIR;
			assertThat(jdbc.sql("select state || ' ' || version from inventory.device where id = ?").param(device.value())
					.query(String.class).single()).isEqualTo(won + " 1");
			assertThat(jdbc.sql("select to_state from inventory.device_event where device_id = ?").param(device.value())
					.query(String.class).list()).containsExactly(won.name());
		}
	}

	record Outcome(Object result, Throwable error) {
	}

	/**
	 * The work of one technician's request: signed in on its own thread, as the web layer does, so the audit names them.
	 */
	static Callable<Object> signedIn(Actor actor, Callable<?> work) {
		return () -> {
			List<SimpleGrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority(SignedIn.AUTHORITY));
			PermissionMatrix.permissions(actor.role()).keySet().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
			try {
				return work.call();
			} finally {
				SecurityContextHolder.clearContext();
			}
		};
	}

	/** Runs both at once (released by one latch) and returns what each did, in the order given. */
	static List<Outcome> race(Callable<?> one, Callable<?> other) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> futures = new ArrayList<>();
			for (Callable<?> task : List.of(one, other)) {
				futures.add(threads.submit(() -> {
					start.await();
					try {
						return new Outcome(task.call(), null);
					} catch (RuntimeException refused) {
						return new Outcome(null, refused);
					}
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		} finally {
			threads.shutdownNow();
		}
	}
}
