package be.digibank;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every test context shares. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(ZoneId.of("Europe/Brussels"));
	}

	@Bean
	TestData testData(be.digibank.network.Network network, be.digibank.staff.StaffDirectory staff) {
		return new TestData(network, staff);
	}
}
