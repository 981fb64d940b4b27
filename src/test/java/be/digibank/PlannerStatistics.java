package be.digibank;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Fresh planner statistics for a benchmark, as autovacuum keeps them in a running database. {@code analyze} needs the
 * tables' owner (the migration role): run as the application's role it skips every table with only a warning, and the
 * planner goes on taking a table that was empty when it was created for empty.
 */
public final class PlannerStatistics {

	private PlannerStatistics() {
	}

	/** Analyses the given tables ({@code schema.table}), or the whole database when none are given. */
	public static void gather(Environment environment, String... tables) {
		JdbcClient owner = JdbcClient
				.create(new SimpleDriverDataSource(new org.postgresql.Driver(), environment.getRequiredProperty("spring.flyway.url"),
						environment.getRequiredProperty("spring.flyway.user"), environment.getRequiredProperty("spring.flyway.password")));
		if (tables.length == 0) {
			owner.sql("analyze").update();
		}
		for (String table : tables) {
			owner.sql("analyze " + table).update();
		}
	}
}
