package be.digibank.staff;

import be.digibank.shared.StaffAccountId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use codes for signing in when the phone with the authenticator app is lost; stored hashed.
 */
@Repository
class RecoveryCodes {

	private final JdbcClient jdbc;
	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void replace(StaffAccountId account, List<String> codes) {
		jdbc.sql("delete from staff.recovery_code where account_id = ?").param(account.value()).update();
		for (String code : codes) {
			jdbc.sql("insert into staff.recovery_code (account_id, code_hash) values (?, ?)").param(account.value())
					.param(SecondFactor.hash(code)).update();
		}
	}

	/**
	 * Uses a code once; the update makes two simultaneous uses of one code impossible.
	 */
	boolean use(StaffAccountId account, String code) {
		return jdbc.sql(
				"update staff.recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
				.param(Timestamp.from(clock.instant())).param(account.value()).param(SecondFactor.hash(code))
				.update() == 1;
	}

	int remaining(StaffAccountId account) {
		return jdbc.sql("select count(*) from staff.recovery_code where account_id = ? and used_at is null")
				.param(account.value()).query(Integer.class).single();
	}
}
