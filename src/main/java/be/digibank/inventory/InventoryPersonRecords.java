package be.digibank.inventory;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PersonRecords;
import be.digibank.shared.PersonRecords.Entry;
import be.digibank.shared.PersonRecords.Field;
import be.digibank.shared.PersonRecords.Section;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the device bank holds about a person, for the subject-access export: repairs of the person's own devices. Our
 * devices lent to the person are in lending's part of the export (the loans); {@code device_person} only repeats them.
 */
@Component
class InventoryPersonRecords implements PersonRecords {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	InventoryPersonRecords(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> recordsOf(DigibankId digibank, UUID person, Locale locale) {
		List<Entry> repairs = jdbc.sql("""
				select r.*, (select string_agg(p.name, ', ' order by p.name) from inventory.repair_part p where p.repair_id = r.id) as parts
				from inventory.repair r where r.digibank_id = ? and r.person_id = ? order by r.opened_at
				""").param(digibank.value()).param(person).query((rs, row) -> {
			String outcome = rs.getString("outcome");
			String barrier = rs.getString("barrier");
			Timestamp closed = rs.getTimestamp("closed_at");
			return Entry.of(Field.moment("inventory.repair.openedAt", rs.getTimestamp("opened_at").toInstant(), locale),
					Field.of("inventory.records.category", t("deviceCategory." + rs.getString("citizen_category"), locale)),
					Field.of("inventory.repair.citizenMakeModel", rs.getString("citizen_make_model")),
					Field.of("inventory.repair.problem", rs.getString("problem")), Field.of("inventory.repair.diagnosis", rs.getString("diagnosis")),
					Field.of("inventory.repair.technician", rs.getString("technician_name")),
					Field.of("inventory.repair.parts", rs.getString("parts")),
					Field.of("inventory.repair.outcome",
							outcome == null ? t("inventory.repair.inProgress", locale) : t("inventory.repair.outcome." + outcome, locale)),
					Field.of("inventory.repair.barrier", barrier == null ? "" : t("inventory.repair.barrier." + barrier, locale)),
					Field.date("inventory.repair.returnedOn", rs.getObject("returned_on", LocalDate.class), locale),
					Field.moment("inventory.records.closedAt", closed == null ? null : closed.toInstant(), locale));
		}).list();
		return List.of(new Section("inventory.records.repairs", 300, repairs));
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
