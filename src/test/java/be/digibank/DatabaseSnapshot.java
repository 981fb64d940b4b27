package be.digibank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every business table, to prove that a request changed nothing. The audit trail, sign-in attempts,
 * sessions and the moment a token was last used are expected to move and are left out.
 */
public final class DatabaseSnapshot {

	private static final List<String> IGNORED = List.of("audit.audit_entry", "staff.login_attempt", "public.spring_session",
			"public.spring_session_attributes", "public.event_publication", "public.flyway_schema_history");

	private DatabaseSnapshot() {
	}

	public static Map<String, String> take(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1
				""").query(String.class).list();
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (String table : tables) {
			if (IGNORED.contains(table)) {
				continue;
			}
			String columns = "staff.api_token".equals(table) ? "(id, account_id, name, revoked_at)" : "t";
			String fingerprint = jdbc
					.sql("select coalesce(md5(string_agg(" + columns + "::text, '|' order by " + columns + "::text)), '') from " + table + " t")
					.query(String.class).single();
			fingerprints.put(table, fingerprint);
		}
		return fingerprints;
	}
}
