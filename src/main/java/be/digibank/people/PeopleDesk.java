package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.Network;
import be.digibank.people.EligibilityRules.Override;
import be.digibank.people.EligibilityRules.Proof;
import be.digibank.people.EligibilityRules.Requirement;
import be.digibank.people.PeopleRepository.Candidate;
import be.digibank.people.PeopleRepository.Person;
import be.digibank.people.PeopleRepository.PersonData;
import be.digibank.people.PeopleRepository.StoredConsent;
import be.digibank.people.PeopleViews.Choice;
import be.digibank.people.PeopleViews.ConsentRow;
import be.digibank.people.PeopleViews.OverrideRow;
import be.digibank.people.PeopleViews.PersonRow;
import be.digibank.people.PeopleViews.PersonView;
import be.digibank.people.PeopleViews.ProofRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.staff.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the counter does with the register: find, register, view (audited), change, record proofs, overrides and
 * consents. Every method takes the actor and works in the actor's digibank only; anything else is not found.
 */
@Component
class PeopleDesk {

	static final int SUGGESTIONS = 5;
	/** Trigram similarity a name needs to be found by the search box (measured in PeopleBenchmark). */
	static final double SEARCH_THRESHOLD = 0.4;
	/** Trigram similarity a name needs to be considered as a duplicate candidate. */
	static final double CANDIDATE_THRESHOLD = 0.35;

	private final PeopleRepository people;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Network network;
	private final StaffDirectory staff;
	private final Clock clock;

	PeopleDesk(PeopleRepository people, AuditTrail audit, ApplicationEventPublisher events, Network network, StaffDirectory staff, Clock clock) {
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.network = network;
		this.staff = staff;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Map<String, String> servedMunicipalities(Actor actor) {
		return network.servedMunicipalities(actor.tenant());
	}

	List<Choice> targetGroups(Actor actor) {
		return people.targetGroups(actor.tenant());
	}

	Set<String> targetGroupCodes(Actor actor) {
		return targetGroups(actor).stream().map(Choice::code).collect(Collectors.toSet());
	}

	List<Choice> proofTypes(Actor actor) {
		return people.proofTypes(actor.tenant());
	}

	@Transactional(readOnly = true)
	List<PersonRow> search(Actor actor, @Nullable String typed) {
		DigibankId digibank = actor.tenant();
		SearchQuery query = SearchQuery.parse(typed, today().getYear());
		if (query.phone() != null || query.email() != null) {
			return people.byPhoneOrEmail(digibank, query.phone(), query.email()).stream().map(p -> row(p, 100)).toList();
		}
		if (!query.nameKey().isEmpty()) {
			return people.similarNames(digibank, query.nameKey(), query.birthYear(), 20, SEARCH_THRESHOLD, PeopleRepository.Reach.COUNTER_SEARCH)
					.stream()
					.map(c -> row(c.person(), (int) Math.round(c.nameSimilarity() * 100))).toList();
		}
		if (query.birthYear() != null) {
			return people.bornIn(digibank, query.birthYear()).stream().map(p -> row(p, 100)).toList();
		}
		return List.of();
	}

	/** Existing people who may be the one being registered, best first, at most five. */
	@Transactional(readOnly = true)
	List<PersonRow> suggestions(Actor actor, PersonData data, @Nullable PersonId except) {
		DigibankId digibank = actor.tenant();
		String key = NameKey.of(data.firstName(), data.lastName(), data.nickname());
		Map<PersonId, Person> candidates = new LinkedHashMap<>();
		Map<PersonId, Double> similarity = new HashMap<>();
		if (!key.isEmpty()) {
			for (Candidate candidate : people.similarNames(digibank, key, null, 20, CANDIDATE_THRESHOLD, PeopleRepository.Reach.DUPLICATE_CHECK)) {
				candidates.put(candidate.person().id(), candidate.person());
				similarity.put(candidate.person().id(), candidate.nameSimilarity());
			}
		}
		if (!data.phone().isEmpty() || !data.email().isEmpty()) {
			for (Person person : people.byPhoneOrEmail(digibank, data.phone(), data.email())) {
				candidates.putIfAbsent(person.id(), person);
			}
		}
		List<PersonRow> rows = new ArrayList<>();
		for (Person person : candidates.values()) {
			if (person.id().equals(except)) {
				continue;
			}
			double name = similarity.computeIfAbsent(person.id(),
					id -> people.similarity(key, NameKey.of(person.firstName(), person.lastName(), person.nickname())));
			double score = DuplicateScore.of(name, data.birthYear(), person.birthYear(), data.postcode(), person.postcode(),
					!data.phone().isEmpty() && data.phone().equals(person.phone()), !data.email().isEmpty() && data.email().equals(person.email()));
			if (score >= DuplicateScore.THRESHOLD) {
				rows.add(row(person, (int) Math.round(score * 100)));
			}
		}
		rows.sort(Comparator.comparingInt(PersonRow::score).reversed());
		// only suggestions close to the best one: a clear match is not buried under look-alikes
		int cutoff = rows.isEmpty() ? 0 : rows.getFirst().score() - DuplicateScore.MARGIN;
		return rows.stream().filter(row -> row.score() >= cutoff).limit(SUGGESTIONS).toList();
	}

	@Transactional
	PersonId register(Actor actor, PersonData data, List<String> targetGroups) {
		requirePermission(actor, Permission.PERSON_REGISTER);
		DigibankId digibank = actor.tenant();
		PersonId id = PersonId.random();
		Instant now = clock.instant();
		people.insert(id, digibank, data, actor.accountId(), now);
		if (actor.can(Permission.PERSON_SENSITIVE_VIEW)) {
			people.replaceTargetGroups(id, targetGroups);
		}
		audit.record(AuditAction.CREATE, "Person", id, "registered");
		events.publishEvent(new PersonRegistered(id, digibank, now));
		return id;
	}

	/** The record as the actor may see it; every call is a read of the record and is audited. */
	@Transactional
	PersonView view(Actor actor, PersonId id) {
		Person person = load(actor, id);
		audit.record(AuditAction.VIEW, "Person", id, "");
		boolean sensitive = actor.can(Permission.PERSON_SENSITIVE_VIEW);
		return new PersonView(id.value(), person.firstName(), person.lastName(), person.nickname(), person.displayName(), person.birthYear(),
				person.birthDate(), person.gender(), person.postcode(), person.language(), person.phone(), person.email(), person.address(),
				person.noContact(), person.foundVia(), person.devices(), person.note(), sensitive ? people.targetGroupsOf(id) : null,
				person.registeredAt(), person.version());
	}

	Person load(Actor actor, PersonId id) {
		requirePermission(actor, Permission.PERSON_VIEW);
		return people.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	List<String> targetGroupsOf(Actor actor, PersonId id) {
		return actor.can(Permission.PERSON_SENSITIVE_VIEW) ? people.targetGroupsOf(id) : List.of();
	}

	@Transactional
	void update(Actor actor, PersonId id, int version, PersonData data, List<String> targetGroups) {
		requirePermission(actor, Permission.PERSON_EDIT);
		DigibankId digibank = actor.tenant();
		Person current = people.findForUpdate(digibank, id).orElseThrow(NotFoundException::new);
		if (current.version() != version) {
			throw new ConflictException("error.409.concurrent");
		}
		people.update(digibank, id, version, data);
		if (actor.can(Permission.PERSON_SENSITIVE_VIEW)) {
			people.replaceTargetGroups(id, targetGroups);
		}
		audit.record(AuditAction.CHANGE, "Person", id, "details changed");
	}

	// eligibility

	@Transactional(readOnly = true)
	List<EligibilityVerdict> eligibility(Actor actor, PersonId id) {
		load(actor, id);
		return eligibility(actor.tenant(), id);
	}

	List<EligibilityVerdict> eligibility(DigibankId digibank, PersonId id) {
		List<EligibilityVerdict> verdicts = new ArrayList<>();
		for (Service service : Service.values()) {
			verdicts.add(eligibility(digibank, id, service));
		}
		return verdicts;
	}

	/** The verdict of a person known to be in the digibank. */
	EligibilityVerdict eligibility(DigibankId digibank, PersonId id, Service service) {
		EligibilityVerdict verdict = eligibilities(digibank, List.of(id), service).get(id);
		if (verdict == null) {
			throw new NotFoundException();
		}
		return verdict;
	}

	/**
	 * The verdicts of many persons on one service: the digibank's rule once, and the persons, their proofs, overrides and
	 * accepted referrals each in one statement, all fed to the same {@link EligibilityRules#decide}. A single verdict is
	 * this with one person, so a waiting list and a person's page can never disagree. Persons not in the digibank get no
	 * verdict.
	 */
	Map<PersonId, EligibilityVerdict> eligibilities(DigibankId digibank, Collection<PersonId> persons, Service service) {
		Set<PersonId> known = people.existing(digibank, persons);
		if (known.isEmpty()) {
			return Map.of();
		}
		Requirement requirement = people.requirement(digibank, service);
		Map<PersonId, List<Proof>> proofs = people.proofsOf(digibank, known);
		Map<PersonId, List<Override>> overrides = people.overridesOf(digibank, known, service);
		Map<PersonId, List<ReferralService>> referrals = people.acceptedReferralsOf(digibank, known);
		LocalDate today = today();
		Map<PersonId, EligibilityVerdict> verdicts = new HashMap<>();
		for (PersonId person : known) {
			verdicts.put(person, EligibilityRules.decide(service, requirement, proofs.getOrDefault(person, List.of()), referrals.getOrDefault(person,
					List.of()), overrides.getOrDefault(person, List.of()), today));
		}
		return verdicts;
	}

	List<ProofRow> proofs(Actor actor, PersonId id) {
		boolean sensitive = actor.can(Permission.PERSON_SENSITIVE_VIEW);
		LocalDate today = today();
		return people.proofs(actor.tenant(), id).stream().map(p -> new ProofRow(p.id(), sensitive ? p.proof().type() : null, p.proof().seenOn(),
				p.proof().validUntil(), name(p.checkedBy()), p.proof().validOn(today))).toList();
	}

	List<OverrideRow> overrides(Actor actor, PersonId id) {
		return people.overrides(actor.tenant(), id).stream().map(o -> new OverrideRow(o.service(), o.override().eligible(), o.override().reason(),
				name(o.decidedBy()), o.override().decidedAt(), o.override().validUntil())).toList();
	}

	@Transactional
	UUID addProof(Actor actor, PersonId id, Proof proof) {
		requirePermission(actor, Permission.ELIGIBILITY_PROOF_RECORD);
		DigibankId digibank = actor.tenant();
		people.find(digibank, id).orElseThrow(NotFoundException::new);
		UUID proofId = UUID.randomUUID();
		people.insertProof(proofId, digibank, id, proof, actor.accountId(), clock.instant());
		audit.record(AuditAction.CREATE, "EligibilityProof", proofId, "proof for person " + id + ", valid until " + proof.validUntil());
		return proofId;
	}

	@Transactional
	void removeProof(Actor actor, PersonId id, UUID proofId) {
		requirePermission(actor, Permission.ELIGIBILITY_PROOF_RECORD);
		if (!people.deleteProof(actor.tenant(), id, proofId)) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.DELETE, "EligibilityProof", proofId, "proof of person " + id + " removed");
	}

	@Transactional
	void override(Actor actor, PersonId id, Service service, boolean eligible, String reason, @Nullable LocalDate validUntil) {
		requirePermission(actor, Permission.ELIGIBILITY_OVERRIDE);
		DigibankId digibank = actor.tenant();
		people.find(digibank, id).orElseThrow(NotFoundException::new);
		UUID overrideId = UUID.randomUUID();
		people.insertOverride(overrideId, digibank, id, service, new Override(eligible, reason, clock.instant(), validUntil), actor.accountId());
		audit.record(AuditAction.CHANGE, "Person", id, "eligibility override " + service + ": " + (eligible ? "yes" : "no") + ", because " + reason);
	}

	// consent

	List<ConsentRow> consents(Actor actor, PersonId id) {
		return people.consents(actor.tenant(), id).stream().map(this::consent).toList();
	}

	private ConsentRow consent(StoredConsent c) {
		return new ConsentRow(c.id(), c.purpose(), c.partnerName(), c.channel(), c.givenAt(), name(c.givenBy()), c.withdrawnAt(),
				c.withdrawnBy() == null ? "" : name(c.withdrawnBy()));
	}

	@Transactional
	void giveConsent(Actor actor, PersonId id, String purpose, String partnerName, String channel) {
		requirePermission(actor, Permission.CONSENT_RECORD);
		DigibankId digibank = actor.tenant();
		people.find(digibank, id).orElseThrow(NotFoundException::new);
		UUID consentId = UUID.randomUUID();
		try {
			people.insertConsent(consentId, digibank, id, purpose, partnerName, channel, actor.accountId(), clock.instant());
		} catch (DuplicateKeyException alreadyGiven) {
			throw new ConflictException("people.consent.alreadyGiven");
		}
		audit.record(AuditAction.CREATE, "Consent", consentId, "person " + id + " consents to " + purpose);
	}

	@Transactional
	void withdrawConsent(Actor actor, PersonId id, UUID consentId, String channel) {
		requirePermission(actor, Permission.CONSENT_RECORD);
		DigibankId digibank = actor.tenant();
		if (!people.consentExists(digibank, id, consentId)) {
			throw new NotFoundException();
		}
		if (!people.withdrawConsent(digibank, id, consentId, channel, actor.accountId(), clock.instant())) {
			throw new ConflictException("people.consent.alreadyWithdrawn");
		}
		audit.record(AuditAction.CHANGE, "Consent", consentId, "person " + id + " withdrew consent");
	}

	String name(UUID account) {
		return staff.displayName(new StaffAccountId(account)).orElse("");
	}

	static PersonRow row(Person person, int score) {
		return new PersonRow(person.id().value(), person.displayName(), person.birthYear(), person.postcode(), person.phone(), person.email(), score);
	}

	static void requirePermission(Actor actor, Permission permission) {
		if (!actor.can(permission)) {
			throw new NotFoundException();
		}
	}
}
