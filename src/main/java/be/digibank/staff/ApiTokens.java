package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens: shown once at creation, stored as a hash, valid until revoked or expired.
 */
@Repository
class ApiTokens {

	static final String PREFIX = "dgb_";
	static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);
	private static final SecureRandom RANDOM = new SecureRandom();

	record ApiToken(UUID id, StaffAccountId account, String accountName, String name, Instant createdAt,
			Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		boolean usable(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token: its id and its secret, which is never shown again. */
	record Issued(UUID id, String secret) {
	}

	/** Creates a token and returns the secret, which is never shown again. */
	String create(StaffAccountId account, @Nullable DigibankId digibank, String name) {
		return issue(account, digibank, name).secret();
	}

	/** Creates a token and returns its id and secret. */
	Issued issue(StaffAccountId account, @Nullable DigibankId digibank, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"insert into staff.api_token (id, account_id, digibank_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)")
				.param(id).param(account.value()).param(digibank == null ? null : digibank.value())
				.param(name.strip()).param(SecondFactor.hash(secret)).param(Timestamp.from(now))
				.param(Timestamp.from(now.plus(DEFAULT_VALIDITY))).update();
		return new Issued(id, secret);
	}

	/** The account behind a usable token, noting its use. */
	Optional<StaffAccountId> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql(
				"update staff.api_token set last_used_at = ? where token_hash = ? and revoked_at is null and expires_at > ? returning account_id")
				.param(now).param(SecondFactor.hash(secret)).param(now)
				.query((rs, row) -> new StaffAccountId(rs.getObject(1, UUID.class))).optional();
	}

	List<ApiToken> ofDigibank(DigibankId digibank) {
		return jdbc.sql(SELECT + " where t.digibank_id = ? order by t.created_at desc").param(digibank.value())
				.query(ApiTokens::map).list();
	}

	List<ApiToken> ofAccount(StaffAccountId account) {
		return jdbc.sql(SELECT + " where t.account_id = ? order by t.created_at desc").param(account.value())
				.query(ApiTokens::map).list();
	}

	Optional<ApiToken> find(UUID id) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiTokens::map).optional();
	}

	/** The digibank a token belongs to, or null for a platform-wide account's token. */
	@Nullable
	DigibankId digibankOf(UUID id) {
		List<UUID> found = jdbc.sql("select digibank_id from staff.api_token where id = ? and digibank_id is not null")
				.param(id).query((rs, row) -> rs.getObject(1, UUID.class)).list();
		return found.isEmpty() ? null : new DigibankId(found.get(0));
	}

	void revoke(UUID id) {
		jdbc.sql("update staff.api_token set revoked_at = ? where id = ? and revoked_at is null")
				.param(Timestamp.from(clock.instant())).param(id).update();
	}

	private static final String SELECT = "select t.id, t.account_id, a.display_name, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at "
			+ "from staff.api_token t join staff.staff_account a on a.id = t.account_id";

	private static ApiToken map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp used = rs.getTimestamp(7);
		Timestamp revoked = rs.getTimestamp(8);
		return new ApiToken(rs.getObject(1, UUID.class), new StaffAccountId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
				used == null ? null : used.toInstant(), revoked == null ? null : revoked.toInstant());
	}
}
