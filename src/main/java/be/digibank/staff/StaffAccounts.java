package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores staff accounts; every query by a tenant page is scoped to the digibank.
 */
@Repository
class StaffAccounts {

	private static final String COLUMNS = "id, digibank_id, partner_id, email, display_name, role, status, password_hash, totp_secret, totp_last_step, "
			+ "session_generation, language, version, created_at, last_login_at";

	private final JdbcClient jdbc;
	private final SecretBox secrets;

	StaffAccounts(JdbcClient jdbc, SecretBox secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	Optional<StaffAccount> find(StaffAccountId id) {
		return jdbc.sql("select " + COLUMNS + " from staff.staff_account where id = ?").param(id.value())
				.query(this::map).optional();
	}

	Optional<StaffAccount> findInDigibank(StaffAccountId id, DigibankId digibank) {
		return jdbc.sql("select " + COLUMNS + " from staff.staff_account where id = ? and digibank_id = ?")
				.param(id.value()).param(digibank.value()).query(this::map).optional();
	}

	Optional<StaffAccount> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from staff.staff_account where lower(email) = ?")
				.param(StaffAccount.normalise(email)).query(this::map).optional();
	}

	boolean emailTaken(String email) {
		return jdbc.sql("select count(*) from staff.staff_account where lower(email) = ?")
				.param(StaffAccount.normalise(email)).query(Integer.class).single() > 0;
	}

	List<StaffAccount> inDigibank(DigibankId digibank) {
		return jdbc
				.sql("select " + COLUMNS
						+ " from staff.staff_account where digibank_id = ? order by lower(display_name)")
				.param(digibank.value()).query(this::map).list();
	}

	List<StaffAccount> platformWide() {
		return jdbc
				.sql("select " + COLUMNS
						+ " from staff.staff_account where digibank_id is null order by lower(display_name)")
				.query(this::map).list();
	}

	void insert(StaffAccount account) {
		jdbc.sql(
				"""
						insert into staff.staff_account (id, digibank_id, partner_id, email, display_name, role, status, password_hash, totp_secret,
						    totp_last_step, session_generation, language, version, created_at, last_login_at)
						values (:id, :digibank, :partner, :email, :name, :role, :status, :password, :totp, :step, :generation, :language, 0, :created, :lastLogin)
						""")
				.param("id", account.id().value()).param("digibank", uuid(account.digibankId()))
				.param("partner", uuid(account.partnerId())).param("email", account.email())
				.param("name", account.displayName()).param("role", account.role().name())
				.param("status", account.status().name()).param("password", account.passwordHash())
				.param("totp", secrets.seal(account.totpSecret())).param("step", account.totpLastStep())
				.param("generation", account.sessionGeneration()).param("language", account.language())
				.param("created", Timestamp.from(account.createdAt()))
				.param("lastLogin", account.lastLoginAt() == null ? null : Timestamp.from(account.lastLoginAt()))
				.update();
	}

	/**
	 * Saves a changed account; a concurrent change by someone else makes this fail instead of being lost.
	 */
	void update(StaffAccount account) {
		int updated = jdbc
				.sql("""
						update staff.staff_account set partner_id = :partner, email = :email, display_name = :name, role = :role, status = :status,
						    password_hash = :password, totp_secret = :totp, totp_last_step = :step, session_generation = :generation, language = :language,
						    last_login_at = :lastLogin, version = version + 1
						where id = :id and version = :version
						""")
				.param("id", account.id().value()).param("partner", uuid(account.partnerId()))
				.param("email", account.email()).param("name", account.displayName())
				.param("role", account.role().name()).param("status", account.status().name())
				.param("password", account.passwordHash()).param("totp", secrets.seal(account.totpSecret()))
				.param("step", account.totpLastStep()).param("generation", account.sessionGeneration())
				.param("language", account.language())
				.param("lastLogin", account.lastLoginAt() == null ? null : Timestamp.from(account.lastLoginAt()))
				.param("version", account.version()).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("staff account changed concurrently");
		}
	}

	/** Session check on every request: status and session generation only. */
	Optional<SessionState> sessionState(StaffAccountId id) {
		return jdbc.sql("select status, session_generation from staff.staff_account where id = ?").param(id.value())
				.query((rs, row) -> new SessionState(AccountStatus.valueOf(rs.getString(1)), rs.getInt(2))).optional();
	}

	record SessionState(AccountStatus status, int sessionGeneration) {
	}

	private static @Nullable UUID uuid(@Nullable Object id) {
		if (id instanceof DigibankId digibank) {
			return digibank.value();
		}
		if (id instanceof PartnerId partner) {
			return partner.value();
		}
		return null;
	}

	private StaffAccount map(ResultSet rs, int row) throws SQLException {
		UUID digibank = rs.getObject("digibank_id", UUID.class);
		UUID partner = rs.getObject("partner_id", UUID.class);
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new StaffAccount(new StaffAccountId(rs.getObject("id", UUID.class)),
				digibank == null ? null : new DigibankId(digibank), partner == null ? null : new PartnerId(partner),
				rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				AccountStatus.valueOf(rs.getString("status")), rs.getString("password_hash"),
				secrets.open(rs.getString("totp_secret")), rs.getLong("totp_last_step"), rs.getInt("session_generation"),
				rs.getString("language"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
				lastLogin == null ? null : lastLogin.toInstant());
	}
}
