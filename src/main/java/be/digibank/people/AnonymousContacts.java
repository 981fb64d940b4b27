package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PeopleViews.AnonymousContactRow;
import be.digibank.people.PeopleViews.ContactsInMonth;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help contacts with people who are not registered (they declined, or it was a quick question). Counted as contacts,
 * never as unique persons; nothing stored identifies the person.
 */
@Component
class AnonymousContacts {

	/** Guidance topics from DOMAIN.md; the label of each is in the people bundle under {@code people.topic.}. */
	static final List<String> TOPICS = List.of("ITSME", "EID", "TAX_ON_WEB", "CITIZEN_PROFILE", "EBOX", "MYPENSION", "VDAB", "HEALTH_INSURER",
			"ONLINE_BANKING", "EMAIL", "DEVICE_BASICS", "APPS", "ONLINE_SAFETY", "PHOTOS", "PRINT_SCAN", "JOB_APPLICATION", "OTHER");

	static final List<String> AGE_BANDS = List.of("NOT_GIVEN", "UNDER_18", "FROM_18_TO_29", "FROM_30_TO_49", "FROM_50_TO_64", "FROM_65_TO_79",
			"FROM_80");

	static final List<String> SERVICES = List.of("GUIDANCE", "TRAINING", "LENDING");

	/** What is logged, already checked. */
	record Contact(String service, List<String> topics, String ageBand, String gender, String postcode, boolean declinedRegistration,
			LocalDate contactedOn) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	AnonymousContacts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	UUID log(Actor actor, Contact contact) {
		PeopleDesk.requirePermission(actor, Permission.ANONYMOUS_CONTACT_LOG);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into people.anonymous_contact (id, digibank_id, partner_id, service, topics, age_band, gender, postcode,
				    declined_registration, contacted_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id).param(actor.tenant().value()).param(actor.partnerId() == null ? null : actor.partnerId().value())
				.param(contact.service()).param(String.join(",", contact.topics())).param(contact.ageBand()).param(contact.gender())
				.param(contact.postcode()).param(contact.declinedRegistration()).param(contact.contactedOn()).param(actor.accountId().value())
				.param(Timestamp.from(clock.instant())).update();
		audit.record(AuditAction.CREATE, "AnonymousContact", id, contact.service() + " " + String.join(",", contact.topics()));
		return id;
	}

	/** The latest contacts of the digibank, newest first. */
	@Transactional(readOnly = true)
	List<AnonymousContactRow> recent(Actor actor, int limit) {
		PeopleDesk.requirePermission(actor, Permission.ANONYMOUS_CONTACT_LOG);
		return jdbc.sql("""
				select id, service, topics, age_band, gender, postcode, declined_registration, contacted_on
				from people.anonymous_contact where digibank_id = ? order by contacted_on desc, recorded_at desc limit ?
				""").param(actor.tenant().value()).param(limit)
				.query((rs, row) -> new AnonymousContactRow(rs.getObject("id", UUID.class), rs.getString("service"), codes(rs.getString("topics")),
						rs.getString("age_band"), rs.getString("gender"), rs.getString("postcode"), rs.getBoolean("declined_registration"),
						rs.getObject("contacted_on", LocalDate.class)))
				.list();
	}

	/** Contacts per month over the last twelve months, newest first. */
	@Transactional(readOnly = true)
	List<ContactsInMonth> perMonth(Actor actor) {
		PeopleDesk.requirePermission(actor, Permission.ANONYMOUS_CONTACT_LOG);
		return jdbc.sql("""
				select to_char(contacted_on, 'YYYY-MM') as month, count(*) as contacts from people.anonymous_contact
				where digibank_id = ? and contacted_on > ? group by 1 order by 1 desc
				""").param(actor.tenant().value()).param(today().minusYears(1))
				.query((rs, row) -> new ContactsInMonth(rs.getString("month"), rs.getLong("contacts"))).list();
	}

	/** Contacts in the period, both ends included. */
	@Transactional(readOnly = true)
	long count(DigibankId digibank, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from people.anonymous_contact where digibank_id = ? and contacted_on between ? and ?")
				.param(digibank.value()).param(from).param(to).query(Long.class).single();
	}

	private static List<String> codes(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}
}
