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

	/** Wraps the application's data source so that a test can simulate a database outage. */
	@Bean
	static org.springframework.beans.factory.config.BeanPostProcessor faultyDataSource() {
		return new org.springframework.beans.factory.config.BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof javax.sql.DataSource dataSource && "dataSource".equals(name) ? new FaultyDataSource(dataSource) : bean;
			}
		};
	}

	@Bean
	TestData testData(be.digibank.network.Network network, be.digibank.staff.StaffDirectory staff) {
		return new TestData(network, staff);
	}
}
