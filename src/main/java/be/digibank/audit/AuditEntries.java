package be.digibank.audit;

import be.digibank.shared.DigibankId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail. Searching only: there is no way to change or remove an entry here (and the database refuses it
 * too). The filters are bound as parameters; the query text itself never contains user input.
 */
@Service
public class AuditEntries {

	public static final int PAGE_SIZE = 50;
	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page) {
		int current = Math.max(1, page);
		StringBuilder sql = new StringBuilder(
				"select id, occurred_at, digibank_id, actor_id, actor_name, actor_partner_id, action, record_type, record_id, summary, remote_address "
						+ "from audit.audit_entry where true");
		List<Object> params = new ArrayList<>();
		if (query.digibank() != null) {
			sql.append(" and digibank_id = ?");
			params.add(query.digibank().value());
		}
		if (present(query.recordType())) {
			sql.append(" and lower(record_type) = ?");
			params.add(query.recordType().strip().toLowerCase(Locale.ROOT));
		}
		if (present(query.recordId())) {
			sql.append(" and record_id = ?");
			params.add(query.recordId().strip());
		}
		if (present(query.actor())) {
			sql.append(" and actor_name ilike ? escape '\\'");
			params.add("%" + query.actor().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
		if (query.action() != null) {
			sql.append(" and action = ?");
			params.add(query.action().name());
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(BRUSSELS).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(BRUSSELS).toInstant()));
		}
		sql.append(" order by occurred_at desc, id desc limit ? offset ?");
		params.add(PAGE_SIZE + 1);
		params.add((long) (current - 1) * PAGE_SIZE);
		List<AuditEntry> found = jdbc.sql(sql.toString()).params(params).query(AuditEntries::map).list();
		boolean hasNext = found.size() > PAGE_SIZE;
		return new AuditPage(hasNext ? found.subList(0, PAGE_SIZE) : found, current, hasNext);
	}

	/** The kinds of records the trail of a digibank (or of all, when null) mentions, for the search form. */
	@Transactional(readOnly = true)
	public List<String> recordTypes(@Nullable DigibankId digibank) {
		if (digibank == null) {
			return jdbc.sql("select distinct record_type from audit.audit_entry order by 1").query(String.class).list();
		}
		return jdbc.sql("select distinct record_type from audit.audit_entry where digibank_id = ? order by 1")
				.param(digibank.value()).query(String.class).list();
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant().atZone(BRUSSELS),
				rs.getObject("digibank_id", UUID.class), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getObject("actor_partner_id", UUID.class),
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				rs.getString("summary"), rs.getString("remote_address"));
	}
}
