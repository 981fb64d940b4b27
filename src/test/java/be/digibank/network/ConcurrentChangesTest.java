package be.digibank.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two coordinators saving the same partner at the same moment: exactly one wins, the other is told. */
@DigibankTest
class ConcurrentChangesTest {

	static final int PEOPLE = 8;

	@Autowired
	PartnerAdministration partners;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void ofSimultaneousChangesToOneVersionExactlyOneIsSaved() throws Exception {
		Tenant tenant = data.tenant();
		Actor coordinator = tenant.coordinator();
		int version = jdbc.sql("select version from network.partner_organisation where id = ?").param(tenant.partnerA().value()).query(Integer.class)
				.single();
		CyclicBarrier start = new CyclicBarrier(PEOPLE);
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int person = 0; person < PEOPLE; person++) {
			String name = "Gelijktijdig " + person + " " + tenant.partnerA();
			outcomes.add(pool.submit(() -> {
				SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null, List.of()));
				start.await(10, TimeUnit.SECONDS);
				try {
					partners.change(coordinator, tenant.partnerA(), version, name, PartnerType.NGO, "", "");
					return "saved";
				} catch (ConflictException refused) {
					return refused.messageKey();
				} finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).filteredOn("saved"::equals).hasSize(1);
		assertThat(results).filteredOn("error.409.concurrent"::equals).hasSize(PEOPLE - 1);
		assertThat(jdbc.sql("select version from network.partner_organisation where id = ?").param(tenant.partnerA().value()).query(Integer.class)
				.single())
				.isEqualTo(version + 1);
	}
}
