package be.digibank;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source with a switch that makes it behave as if the database were down: new connections time
 * out, as HikariCP reports it when PostgreSQL is unreachable.
 */
public class FaultyDataSource extends DelegatingDataSource {

	private static volatile boolean down;

	FaultyDataSource(DataSource target) {
		super(target);
	}

	public static void databaseDown(boolean isDown) {
		down = isDown;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (down) {
			throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.");
		}
		return super.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		if (down) {
			throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.");
		}
		return super.getConnection(username, password);
	}
}
