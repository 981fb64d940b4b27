package be.digibank.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after five failures for one e-mail address (or many from one network address) within
 * the window, sign-in is refused until the window has passed. Refused attempts are not counted, so the real person can
 * sign in once the window is over. The same answer is given for unknown addresses.
 */
@Component
class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);
	static final int FAILURES_PER_ACCOUNT = 5;
	static final int FAILURES_PER_ADDRESS = 50;

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean refuses(String usernameKey, String remoteAddress) {
		Instant since = clock.instant().minus(WINDOW);
		int forAccount = jdbc.sql(
				"select count(*) from staff.login_attempt where username_key = ? and not succeeded and attempted_at > ?")
				.param(usernameKey).param(Timestamp.from(since)).query(Integer.class).single();
		if (forAccount >= FAILURES_PER_ACCOUNT) {
			return true;
		}
		int forAddress = jdbc.sql(
				"select count(*) from staff.login_attempt where remote_address = ? and not succeeded and attempted_at > ?")
				.param(remoteAddress).param(Timestamp.from(since)).query(Integer.class).single();
		return forAddress >= FAILURES_PER_ADDRESS;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String usernameKey, String remoteAddress, boolean succeeded) {
		jdbc.sql(
				"insert into staff.login_attempt (username_key, remote_address, attempted_at, succeeded) values (?, ?, ?, ?)")
				.param(usernameKey).param(remoteAddress).param(Timestamp.from(clock.instant())).param(succeeded)
				.update();
		if (succeeded) {
			jdbc.sql("delete from staff.login_attempt where username_key = ? and not succeeded").param(usernameKey)
					.update();
		}
	}
}
