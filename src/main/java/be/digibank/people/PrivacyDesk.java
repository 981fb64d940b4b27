package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditEntries;
import be.digibank.audit.AuditEntry;
import be.digibank.audit.AuditPage;
import be.digibank.audit.AuditQuery;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PeopleRepository.Person;
import be.digibank.people.PeopleRepository.StoredConsent;
import be.digibank.people.PeopleRepository.StoredProof;
import be.digibank.people.PrivacyRepository.Due;
import be.digibank.people.PrivacyRepository.ExpiringProof;
import be.digibank.people.PrivacyRepository.Policy;
import be.digibank.people.PrivacyViews.ExpiringRow;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PersonRecords;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy rights of a person in the register: subject access, erasure, retention, and the follow-up of expiring
 * proofs. Every method works in the actor's digibank only; anything else is not found.
 */
@Component
class PrivacyDesk {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	/** How many persons one retention preview lists per category. */
	static final int PREVIEW_LIMIT = 500;

	private final PeopleRepository people;
	private final PrivacyRepository privacy;
	private final PeopleDesk desk;
	private final AuditTrail audit;
	private final AuditEntries auditEntries;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final List<PersonRecords> elsewhere;
	private final MessageSource messages;

	PrivacyDesk(PeopleRepository people, PrivacyRepository privacy, PeopleDesk desk, AuditTrail audit, AuditEntries auditEntries, Clock clock,
			ApplicationEventPublisher events, List<PersonRecords> elsewhere, MessageSource messages) {
		this.events = events;
		this.elsewhere = elsewhere;
		this.messages = messages;
		this.people = people;
		this.privacy = privacy;
		this.desk = desk;
		this.audit = audit;
		this.auditEntries = auditEntries;
		this.clock = clock;
	}

	/** A person of the actor's digibank, for the privacy page; anonymised persons are still there, without identity. */
	Person load(Actor actor, PersonId id) {
		return people.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	@Nullable
	Instant anonymisedAt(Actor actor, PersonId id) {
		return privacy.anonymisedAt(actor.tenant(), id);
	}

	// subject access

	/** Everything held about the person; the export itself is an audit entry (EXPORT). */
	@Transactional
	PersonExport export(Actor actor, PersonId id, String format) {
		PeopleDesk.requirePermission(actor, Permission.PERSON_EXPORT);
		DigibankId digibank = actor.tenant();
		Person person = load(actor, id);
		List<StoredProof> proofs = people.proofs(digibank, id);
		List<StoredConsent> consents = people.consents(digibank, id);
		List<PrivacyRepository.ReferralEntry> referrals = privacy.referrals(digibank, id);
		Map<String, String> labels = new java.util.HashMap<>();
		people.proofTypes(digibank).forEach(c -> labels.put(c.code(), c.label()));
		List<String> recordIds = new ArrayList<>();
		recordIds.add(id.toString());
		proofs.forEach(p -> recordIds.add(p.id().toString()));
		consents.forEach(c -> recordIds.add(c.id().toString()));
		referrals.forEach(r -> recordIds.add(r.id().toString()));
		PersonExport export = new PersonExport(clock.instant(), language(person.language()),
				new PersonExport.Identity(id.toString(), person.firstName(), person.lastName(), person.nickname(), person.birthYear(),
						person.birthDate(), person.gender(), person.postcode(), person.language(), person.foundVia(), person.devices(), person.note(),
						person.registeredAt()),
				new PersonExport.Contact(person.phone(), person.email(), person.address(), person.noContact()), people.targetGroupsOf(id),
				proofs.stream()
						.map(p -> new PersonExport.ProofEntry(p.proof().type(), labels.getOrDefault(p.proof().type(), ""), p.proof().seenOn(),
								desk.name(p.checkedBy()),
								p.proof().validUntil()))
						.toList(),
				people.overrides(digibank, id).stream().map(o -> new PersonExport.OverrideEntry(o.service().name(),
						o.override().eligible(), o.override().reason(), desk.name(o.decidedBy()), o.override().decidedAt(),
						o.override().validUntil()))
						.toList(),
				consents.stream()
						.map(c -> new PersonExport.ConsentEntry(c.purpose(), c.partnerName(), c.channel(), c.givenAt(), desk.name(c.givenBy()),
								c.withdrawnAt(), c.withdrawnBy() == null ? "" : desk.name(c.withdrawnBy())))
						.toList(),
				referrals.stream().map(r -> new PersonExport.ReferralEntry(r.service(), r.status(), r.reason(), desk.name(r.referrerId()),
						r.createdAt(), r.decidedAt(), r.decisionNote())).toList(),
				privacy.services(digibank, id).stream().map(s -> new PersonExport.ServiceEntry(s.service(), s.summary(), s.occurredAt())).toList(),
				heldElsewhere(digibank, id, Locale.forLanguageTag(language(person.language()))), auditLines(digibank, recordIds));
		audit.record(AuditAction.EXPORT, "Person", id, "subject access export (" + format + ")");
		return export;
	}

	/** What the other modules hold (lending, notifications, inventory…), in their order, labels translated. */
	private List<PersonExport.RecordSection> heldElsewhere(DigibankId digibank, PersonId id, Locale locale) {
		return elsewhere.stream().flatMap(module -> module.recordsOf(digibank, id.value(), locale).stream())
				.filter(section -> !section.entries().isEmpty())
				.sorted(Comparator.comparingInt(PersonRecords.Section::order).thenComparing(PersonRecords.Section::titleKey))
				.map(section -> new PersonExport.RecordSection(section.titleKey(), text(section.titleKey(), locale),
						section.entries().stream()
								.map(entry -> entry.fields().stream()
										.map(field -> new PersonExport.RecordField(text(field.labelKey(), locale), field.value()))
										.toList())
								.toList()))
				.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private List<PersonExport.AuditLine> auditLines(DigibankId digibank, List<String> recordIds) {
		List<AuditEntry> entries = new ArrayList<>();
		for (String recordId : recordIds) {
			int page = 1;
			AuditPage found;
			do {
				found = auditEntries.search(new AuditQuery(digibank, null, recordId, null, null, null, null), page++);
				entries.addAll(found.entries());
			} while (found.hasNext());
		}
		return entries.stream().sorted(Comparator.comparing(AuditEntry::occurredAt)).map(e -> new PersonExport.AuditLine(e.occurredAt().toInstant(),
				e.action().name(), e.actorName(), e.recordType(), e.summary())).toList();
	}

	/** The language of the export: the person's own when the platform speaks it, Dutch otherwise. */
	static String language(String preferred) {
		return be.digibank.shared.web.Ui.LANGUAGES.contains(preferred) ? preferred : "nl";
	}

	// erasure

	@Transactional
	void erase(Actor actor, PersonId id, String reason) {
		PeopleDesk.requirePermission(actor, Permission.PERSON_ERASE);
		DigibankId digibank = actor.tenant();
		people.findForUpdate(digibank, id).orElseThrow(NotFoundException::new);
		if (!privacy.anonymise(digibank, id, clock.instant())) {
			throw new be.digibank.shared.ConflictException("privacy.erase.already");
		}
		audit.record(AuditAction.DELETE, "Person", id, "erased on request (anonymised): " + reason);
		events.publishEvent(new PersonErased(digibank, id));
	}

	// retention

	/** The digibank's period per category, its own or the default. */
	Map<RetentionCategory, Policy> policies(DigibankId digibank) {
		Map<RetentionCategory, Policy> policies = new EnumMap<>(RetentionCategory.class);
		for (RetentionCategory category : RetentionCategory.values()) {
			policies.put(category, new Policy(null, category, category.defaultMonths()));
		}
		privacy.storedPolicies(digibank).forEach(p -> policies.put(p.category(), p));
		return policies;
	}

	@Transactional
	void setPolicy(Actor actor, RetentionCategory category, int months) {
		PeopleDesk.requirePermission(actor, Permission.RETENTION_MANAGE);
		privacy.savePolicy(actor.tenant(), category, months, actor.accountId().value(), clock.instant());
		audit.record(AuditAction.CHANGE, "RetentionPolicy", category.name(), category + " kept " + months + " months after the last contact");
	}

	@Transactional
	void resetPolicy(Actor actor, UUID policyId) {
		PeopleDesk.requirePermission(actor, Permission.RETENTION_MANAGE);
		RetentionCategory category = privacy.deletePolicy(actor.tenant(), policyId).orElseThrow(NotFoundException::new);
		audit.record(AuditAction.CHANGE, "RetentionPolicy", policyId, category + " back to the default of " + category.defaultMonths() + " months");
	}

	/** Per category, the persons whose data would go if the retention ran now. */
	@Transactional(readOnly = true)
	Map<RetentionCategory, List<Due>> preview(DigibankId digibank) {
		Map<RetentionCategory, List<Due>> due = new LinkedHashMap<>();
		Instant now = clock.instant();
		policies(digibank)
				.forEach((category, policy) -> due.put(category, privacy.due(digibank, category, limit(now, policy.months()), PREVIEW_LIMIT)));
		return due;
	}

	static Instant limit(Instant now, int months) {
		return now.atZone(BRUSSELS).minusMonths(months).toInstant();
	}

	/**
	 * Applies the retention of one digibank: the identity first (whole records anonymised), then contact details and notes
	 * of the others. Returns how many persons were touched. The caller holds the transaction and the lock.
	 */
	int apply(@Nullable Actor actor, DigibankId digibank) {
		Instant now = clock.instant();
		int touched = 0;
		for (Policy policy : policies(digibank).values()) {
			List<Due> due;
			do {
				due = privacy.due(digibank, policy.category(), limit(now, policy.months()), PREVIEW_LIMIT);
				for (Due person : due) {
					if (policy.category() == RetentionCategory.IDENTITY) {
						if (privacy.anonymise(digibank, person.id(), now)) {
							events.publishEvent(new PersonErased(digibank, person.id()));
						}
					} else {
						privacy.clear(digibank, person.id(), policy.category());
					}
					audit.record(actor, digibank, AuditAction.DELETE, "Person", person.id(),
							"retention: " + policy.category() + " removed, " + policy.months() + " months after the last contact");
					touched++;
				}
			} while (due.size() == PREVIEW_LIMIT);
		}
		return touched;
	}

	/** "Run now" from the retention page, under the same lock as the scheduled job. */
	@Transactional
	int applyNow(Actor actor) {
		PeopleDesk.requirePermission(actor, Permission.RETENTION_MANAGE);
		if (!privacy.tryRetentionLock()) {
			throw new be.digibank.shared.ConflictException("privacy.retention.busy");
		}
		return apply(actor, actor.tenant());
	}

	// follow-up of proofs

	@Transactional(readOnly = true)
	List<ExpiringRow> expiring(Actor actor, int days) {
		PeopleDesk.requirePermission(actor, Permission.PERSON_SENSITIVE_VIEW);
		LocalDate today = LocalDate.now(clock);
		List<ExpiringProof> found = privacy.expiring(actor.tenant(), today.plusDays(days), today.minusDays(365));
		return found.stream().map(p -> new ExpiringRow(p.proofId(), p.personId().value(), p.displayName(), p.type(), p.validUntil(),
				desk.name(p.checkedBy()), p.validUntil().isBefore(today))).toList();
	}

	// timeline

	/** What the person received; coordinators see everything, others only what their own partner did. */
	@Transactional(readOnly = true)
	List<PrivacyViews.TimelineRow> timeline(Actor actor, PersonId id) {
		UUID partner = actor.partnerId() == null ? null : actor.partnerId().value();
		boolean all = actor.can(Permission.PEOPLE_ADMINISTER);
		return privacy.services(actor.tenant(), id).stream().filter(s -> all || partner != null && partner.equals(s.partnerId()))
				.map(s -> new PrivacyViews.TimelineRow(s.service(), s.summary(), s.occurredAt())).toList();
	}
}
