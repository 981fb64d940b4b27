package be.digibank.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded PostgreSQL keeps its data directory: stopping and starting again keeps everything. */
class EmbeddedDatabaseTest {

	@TempDir
	Path folder;

	@Test
	void dataSurvivesARestart() throws Exception {
		String directory = folder.resolve("postgres").toString();
		StandardEnvironment first = start(directory);
		try (Connection connection = owner(first); Statement statement = connection.createStatement()) {
			statement.execute("create table restart_check (answer int)");
			statement.execute("insert into restart_check values (42)");
		}
		EmbeddedDatabase.stop(directory, 0);

		StandardEnvironment second = start(directory);
		try (Connection connection = owner(second);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select answer from restart_check")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		} finally {
			EmbeddedDatabase.stop(directory, 0);
		}
	}

	@Test
	void anExternalDatabaseUrlLeavesTheEmbeddedOneOff() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", "jdbc:postgresql://db.example/digibank")));
		new EmbeddedDatabase(destination -> destination.get()).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/digibank");
		assertThat(environment.getProperty("spring.flyway.user")).isNull();
	}

	private static StandardEnvironment start(String directory) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
				.addFirst(new MapPropertySource("test",
						Map.of("digibank.embedded-database.directory", directory, "digibank.embedded-database.port", "0")));
		new EmbeddedDatabase(destination -> destination.get()).postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	private static Connection owner(StandardEnvironment environment) throws Exception {
		return DriverManager.getConnection(environment.getProperty("spring.flyway.url"), environment.getProperty("spring.flyway.user"),
				environment.getProperty("spring.flyway.password"));
	}
}
