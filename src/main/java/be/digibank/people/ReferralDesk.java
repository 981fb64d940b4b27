package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PeopleRepository.PersonData;
import be.digibank.people.PeopleViews.ReferralRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.Scope;
import be.digibank.staff.StaffDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: a referrer asks the digibank to help a person; the digibank accepts (linking the person in the register),
 * declines or completes it. Referrers only ever see their own referrals and nothing of the person's record.
 */
@Component
class ReferralDesk {

	enum Status {
		REQUESTED, ACCEPTED, DECLINED, COMPLETED
	}

	private final JdbcClient jdbc;
	private final PeopleDesk people;
	private final AuditTrail audit;
	private final StaffDirectory staff;
	private final Clock clock;

	ReferralDesk(JdbcClient jdbc, PeopleDesk people, AuditTrail audit, StaffDirectory staff, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
		this.staff = staff;
		this.clock = clock;
	}

	private record Stored(ReferralRow row, UUID referrerId, @Nullable UUID referrerPartnerId) {
	}

	private static final String COLUMNS = """
			id, person_name, contact, postcode, reason, service, status, person_id, referrer_id, referrer_partner_id, decision_note, created_at,
			decided_at, version""";

	/** Referrals the actor may see: all of the digibank, or only their own (scope OWN). */
	@Transactional(readOnly = true)
	List<ReferralRow> list(Actor actor) {
		DigibankId digibank = actor.tenant();
		Scope scope = actor.scopeOf(Permission.REFERRAL_VIEW).orElseThrow(NotFoundException::new);
		String filter = switch (scope) {
			case PLATFORM, DIGIBANK -> "";
			case PARTNER -> " and referrer_partner_id = :me";
			case OWN -> " and referrer_id = :me";
		};
		UUID me = scope == Scope.PARTNER
				? (actor.partnerId() == null ? UUID.randomUUID() : actor.partnerId().value())
				: actor.accountId().value();
		var sql = jdbc.sql("select " + COLUMNS + " from people.referral where digibank_id = :digibank" + filter
				+ " order by case status when 'REQUESTED' then 0 when 'ACCEPTED' then 1 else 2 end, created_at desc limit 200")
				.param("digibank", digibank.value());
		if (!filter.isEmpty()) {
			sql = sql.param("me", me);
		}
		return sql.query(this::stored).list().stream().map(Stored::row).toList();
	}

	@Transactional(readOnly = true)
	ReferralRow view(Actor actor, UUID id) {
		return load(actor, id, Permission.REFERRAL_VIEW).row();
	}

	private Stored load(Actor actor, UUID id, Permission permission) {
		Stored stored = jdbc.sql("select " + COLUMNS + " from people.referral where digibank_id = ? and id = ?").param(actor.tenant().value())
				.param(id).query(this::stored).optional().orElseThrow(NotFoundException::new);
		PartnerId partner = stored.referrerPartnerId() == null ? null : new PartnerId(stored.referrerPartnerId());
		if (!actor.reaches(permission, partner, new StaffAccountId(stored.referrerId()))) {
			throw new NotFoundException();
		}
		return stored;
	}

	@Transactional
	UUID create(Actor actor, PeopleForms.ReferralForm form) {
		PeopleDesk.requirePermission(actor, Permission.REFERRAL_CREATE);
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into people.referral (id, digibank_id, referrer_id, referrer_partner_id, person_name, contact, postcode, reason, service, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.param(id).param(actor.tenant().value()).param(actor.accountId().value())
				.param(actor.partnerId() == null ? null : actor.partnerId().value()).param(text(form.personName())).param(text(form.contact()))
				.param(form.postcode() == null || form.postcode().isBlank() ? PeopleForms.OTHER_POSTCODE : form.postcode().strip())
				.param(text(form.reason())).param(form.service()).param(Timestamp.from(clock.instant())).update();
		audit.record(AuditAction.CREATE, "Referral", id, "referral for " + form.service());
		return id;
	}

	/** Accepts the referral for an existing person, or registers the person from what the referrer wrote. */
	@Transactional
	PersonId accept(Actor actor, UUID id, @Nullable PersonId existing, String note) {
		Stored stored = load(actor, id, Permission.REFERRAL_HANDLE);
		requireStatus(stored, Status.REQUESTED);
		PersonId person;
		if (existing != null) {
			person = people.load(actor, existing).id();
		} else {
			List<String> name = PeopleForms.splitName(stored.row().personName());
			String contact = stored.row().contact().strip();
			String phone = Phones.normalise(contact).orElse("");
			String email = contact.contains("@") && !contact.contains(" ") && contact.length() <= 200 ? contact.toLowerCase(Locale.ROOT) : "";
			person = people.register(actor,
					new PersonData(name.get(0), name.get(1), "", null, null, "NOT_GIVEN", stored.row().postcode(), "nl", phone,
							email, "", false, "SOCIAL_WORKER", List.of(), ""),
					List.of());
		}
		decide(actor, stored, Status.ACCEPTED, person, note);
		return person;
	}

	@Transactional
	void decline(Actor actor, UUID id, String note) {
		Stored stored = load(actor, id, Permission.REFERRAL_HANDLE);
		requireStatus(stored, Status.REQUESTED);
		decide(actor, stored, Status.DECLINED, null, note);
	}

	@Transactional
	void complete(Actor actor, UUID id, String note) {
		Stored stored = load(actor, id, Permission.REFERRAL_HANDLE);
		requireStatus(stored, Status.ACCEPTED);
		decide(actor, stored, Status.COMPLETED, stored.row().personId() == null ? null : new PersonId(stored.row().personId()), note);
	}

	/** Suggestions of existing people for the name the referrer wrote. */
	List<PeopleViews.PersonRow> suggestions(Actor actor, ReferralRow referral) {
		List<String> name = PeopleForms.splitName(referral.personName());
		String phone = Phones.normalise(referral.contact()).orElse("");
		String email = referral.contact().contains("@") ? referral.contact().strip().toLowerCase(Locale.ROOT) : "";
		return people.suggestions(actor,
				new PersonData(name.get(0), name.get(1), "", null, null, "NOT_GIVEN", referral.postcode(), "nl", phone, email,
						"", false, "", List.of(), ""),
				null);
	}

	private void decide(Actor actor, Stored stored, Status status, @Nullable PersonId person, String note) {
		int changed = jdbc.sql("""
				update people.referral set status = ?, person_id = ?, decision_note = ?, decided_by = ?, decided_at = ?, version = version + 1
				where digibank_id = ? and id = ? and version = ?
				""").param(status.name()).param(person == null ? null : person.value()).param(note.strip()).param(actor.accountId().value())
				.param(Timestamp.from(clock.instant())).param(actor.tenant().value()).param(stored.row().id()).param(stored.row().version()).update();
		if (changed == 0) {
			throw new ConflictException("error.409.concurrent");
		}
		audit.record(AuditAction.CHANGE, "Referral", stored.row().id(), "referral " + status.name().toLowerCase(Locale.ROOT));
	}

	private static void requireStatus(Stored stored, Status expected) {
		if (!expected.name().equals(stored.row().status())) {
			throw new ConflictException("people.referral.statusChanged");
		}
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		UUID referrer = rs.getObject("referrer_id", UUID.class);
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Stored(
				new ReferralRow(rs.getObject("id", UUID.class), rs.getString("person_name"), rs.getString("contact"), rs.getString("postcode"),
						rs.getString("reason"), ReferralService.valueOf(rs.getString("service")), rs.getString("status"),
						rs.getObject("person_id", UUID.class),
						staff.displayName(new StaffAccountId(referrer)).orElse(""), rs.getString("decision_note"),
						rs.getTimestamp("created_at").toInstant(),
						decided == null ? null : decided.toInstant(), rs.getInt("version")),
				referrer, rs.getObject("referrer_partner_id", UUID.class));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	static Optional<UUID> parse(String text) {
		return be.digibank.shared.Identifiers.parse(text);
	}
}
