package be.digibank.staff;

import be.digibank.shared.StaffAccountId;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to choose a password: the invitation of a new account, or a reset started by a coordinator. Only a
 * hash of the token is stored.
 */
@Repository
class AccountLinks {

	enum Purpose {
		INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(24));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}
	}

	record Link(StaffAccountId account, Purpose purpose) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a link and returns its token; earlier unused links of the account stop working.
	 */
	String create(StaffAccountId account, Purpose purpose) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("update staff.account_link set used_at = ? where account_id = ? and used_at is null")
				.param(Timestamp.from(clock.instant())).param(account.value()).update();
		jdbc.sql("insert into staff.account_link (token_hash, account_id, purpose, expires_at) values (?, ?, ?, ?)")
				.param(SecondFactor.hash(token)).param(account.value()).param(purpose.name())
				.param(Timestamp.from(clock.instant().plus(purpose.validity))).update();
		return token;
	}

	Optional<Link> find(String token) {
		return jdbc.sql(
				"select account_id, purpose from staff.account_link where token_hash = ? and used_at is null and expires_at > ?")
				.param(SecondFactor.hash(token)).param(Timestamp.from(clock.instant()))
				.query((rs, row) -> new Link(new StaffAccountId(rs.getObject(1, UUID.class)),
						Purpose.valueOf(rs.getString(2))))
				.optional();
	}

	/** Marks the link used; false when someone else used it first. */
	boolean use(String token) {
		return jdbc.sql(
				"update staff.account_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
				.param(Timestamp.from(clock.instant())).param(SecondFactor.hash(token))
				.param(Timestamp.from(clock.instant())).update() == 1;
	}
}
