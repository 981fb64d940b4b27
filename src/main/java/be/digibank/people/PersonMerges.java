package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.MergeRepository.Merge;
import be.digibank.people.MergeRepository.Pair;
import be.digibank.people.PeopleRepository.Person;
import be.digibank.people.PeopleViews.Comparison;
import be.digibank.people.PeopleViews.DuplicatePair;
import be.digibank.people.PeopleViews.History;
import be.digibank.people.PeopleViews.MergeRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's duplicates work: likely duplicate pairs across the digibank, merging two records into one (the
 * history moves, the merged record is kept and marked) and undoing a merge within the configured time.
 */
@Component
class PersonMerges {

	/** Name similarity from which a pair of records is read for the duplicates screen. */
	static final double PAIR_THRESHOLD = 0.5;

	private final PeopleRepository people;
	private final MergeRepository merges;
	private final PeopleDesk desk;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final PeopleProperties properties;
	private final Clock clock;

	PersonMerges(PeopleRepository people, MergeRepository merges, PeopleDesk desk, AuditTrail audit, ApplicationEventPublisher events,
			PeopleProperties properties, Clock clock) {
		this.people = people;
		this.merges = merges;
		this.desk = desk;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Likely duplicate pairs of the actor's digibank, best first; one page. */
	@Transactional
	List<DuplicatePair> pairs(Actor actor, int page, int size) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		DigibankId digibank = actor.tenant();
		List<DuplicatePair> scored = new ArrayList<>();
		for (Pair pair : merges.candidatePairs(digibank, PAIR_THRESHOLD, properties.pairsScanned())) {
			Person a = people.find(digibank, new PersonId(pair.first())).orElseThrow();
			Person b = people.find(digibank, new PersonId(pair.second())).orElseThrow();
			int score = score(a, b, pair.nameSimilarity());
			if (score >= DuplicateScore.THRESHOLD * 100) {
				scored.add(new DuplicatePair(PeopleDesk.row(a, score), PeopleDesk.row(b, score), score));
			}
		}
		scored.sort(Comparator.comparingInt(DuplicatePair::score).reversed().thenComparing(p -> p.first().id()));
		return scored.stream().skip((long) page * size).limit(size + 1L).toList();
	}

	static int score(Person a, Person b, double nameSimilarity) {
		return (int) Math.round(100 * DuplicateScore.of(nameSimilarity, a.birthYear(), b.birthYear(), a.postcode(), b.postcode(),
				!a.phone().isEmpty() && a.phone().equals(b.phone()), !a.email().isEmpty() && a.email().equals(b.email())));
	}

	/** Both records of a pair, for the side-by-side comparison; a merged record or one of another digibank is not found. */
	@Transactional
	Comparison compare(Actor actor, PersonId one, PersonId other) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		if (one.equals(other)) {
			throw new NotFoundException();
		}
		Person a = active(actor.tenant(), one);
		Person b = active(actor.tenant(), other);
		int score = score(a, b, merges.similarity(NameKey.of(a.firstName(), a.lastName(), a.nickname()),
				NameKey.of(b.firstName(), b.lastName(), b.nickname())));
		return new Comparison(desk.view(actor, one), desk.view(actor, other), score, history(actor, one), history(actor, other));
	}

	private History history(Actor actor, PersonId id) {
		return new History(people.proofs(actor.tenant(), id).size(), people.overrides(actor.tenant(), id).size(),
				people.consents(actor.tenant(), id).size(), merges.referralCount(actor.tenant(), id));
	}

	private Person active(DigibankId digibank, PersonId id) {
		Person person = people.find(digibank, id).orElseThrow(NotFoundException::new);
		if (merges.mergedInto(id) != null) {
			throw new NotFoundException();
		}
		return person;
	}

	/** Records that the two are different people; dismissing a pair twice changes nothing. */
	@Transactional
	void dismiss(Actor actor, PersonId one, PersonId other) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		if (one.equals(other)) {
			throw new NotFoundException();
		}
		active(actor.tenant(), one);
		active(actor.tenant(), other);
		if (merges.dismiss(actor.tenant(), one, other, actor.accountId(), clock.instant())) {
			audit.record(AuditAction.CHANGE, "Person", one, "not the same person as " + other);
			audit.record(AuditAction.CHANGE, "Person", other, "not the same person as " + one);
		}
	}

	/**
	 * Keeps {@code survivor}, moves the whole history of {@code merged} to it and marks {@code merged} as merged into it.
	 * Both rows are locked; a second coordinator merging the same pair at the same time waits, then finds one of them
	 * merged: a conflict (409), never a second merge.
	 */
	@Transactional
	UUID merge(Actor actor, PersonId survivor, PersonId merged) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		DigibankId digibank = actor.tenant();
		if (survivor.equals(merged)) {
			throw new NotFoundException();
		}
		Person a = people.find(digibank, survivor).orElseThrow(NotFoundException::new);
		Person b = people.find(digibank, merged).orElseThrow(NotFoundException::new);
		merges.lock(digibank, survivor, merged);
		if (merges.mergedInto(survivor) != null || merges.mergedInto(merged) != null) {
			throw new ConflictException("people.merge.alreadyMerged");
		}
		Instant now = clock.instant();
		int score = score(a, b, merges.similarity(NameKey.of(a.firstName(), a.lastName(), a.nickname()),
				NameKey.of(b.firstName(), b.lastName(), b.nickname())));
		Map<String, List<String>> moved = merges.moveHistory(digibank, survivor, merged);
		merges.markMerged(merged, survivor, now);
		UUID id = UUID.randomUUID();
		try {
			merges.insertMerge(id, digibank, survivor, merged, score, actor.accountId(), now, moved);
		} catch (DuplicateKeyException mergedMeanwhile) {
			throw new ConflictException("people.merge.alreadyMerged");
		}
		audit.record(AuditAction.CHANGE, "Person", survivor, "merged with person " + merged + " (score " + score + "), moved " + summary(moved));
		audit.record(AuditAction.CHANGE, "Person", merged, "merged into person " + survivor);
		events.publishEvent(new PersonsMerged(digibank, survivor, merged));
		return id;
	}

	/** Merges of the last undo window, newest first. */
	@Transactional(readOnly = true)
	List<MergeRow> recent(Actor actor) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		DigibankId digibank = actor.tenant();
		Instant now = clock.instant();
		Instant since = now.minus(properties.undoWindow());
		List<MergeRow> rows = new ArrayList<>();
		for (Merge merge : merges.recent(digibank, since, 200)) {
			String survivor = people.find(digibank, merge.survivor()).map(Person::displayName).orElse("");
			String merged = people.find(digibank, merge.merged()).map(Person::displayName).orElse("");
			rows.add(new MergeRow(merge.id(), merge.survivor().value(), survivor, merge.merged().value(), merged, merge.score(),
					desk.name(merge.mergedBy()), merge.mergedAt(), merge.mergedAt().plus(properties.undoWindow()), merge.undoneAt(),
					merge.undoneAt() == null ? "" : desk.name(merge.undoneBy())));
		}
		return rows;
	}

	/** Restores both records and their history exactly as before the merge, within the undo window. */
	@Transactional
	void undo(Actor actor, UUID mergeId) {
		PeopleDesk.requirePermission(actor, Permission.PEOPLE_ADMINISTER);
		DigibankId digibank = actor.tenant();
		Merge merge = merges.find(digibank, mergeId, true).orElseThrow(NotFoundException::new);
		if (merge.undoneAt() != null) {
			throw new ConflictException("people.merge.alreadyUndone");
		}
		Instant now = clock.instant();
		if (merge.finalAt() != null || now.isAfter(merge.mergedAt().plus(properties.undoWindow()))) {
			throw new ConflictException("people.merge.undoExpired");
		}
		merges.lock(digibank, merge.survivor(), merge.merged());
		if (merges.mergedInto(merge.survivor()) != null) {
			// the survivor was merged into a third record afterwards: that merge is undone first
			throw new ConflictException("people.merge.undoLaterFirst");
		}
		merges.moveBack(digibank, merge);
		merges.markUndone(mergeId, actor.accountId(), now);
		audit.record(AuditAction.CHANGE, "Person", merge.merged(), "merge into person " + merge.survivor() + " undone");
		audit.record(AuditAction.CHANGE, "Person", merge.survivor(), "merge with person " + merge.merged() + " undone");
		events.publishEvent(new PersonsUnmerged(digibank, merge.survivor(), merge.merged()));
	}

	/**
	 * Makes the merges whose undo window has passed final, at most {@code limit} of them: the people module empties its
	 * list of what moved, and {@link PersonsMergeBecameFinal} lets the other modules delete their ledgers, in the same
	 * transaction. Returns how many became final.
	 */
	@Transactional
	int makeFinal(int limit) {
		Instant now = clock.instant();
		List<MergeRepository.DueMerge> due = merges.dueToBecomeFinal(now.minus(properties.undoWindow()), limit);
		for (MergeRepository.DueMerge merge : due) {
			merges.markFinal(merge.id(), now);
			audit.record(null, merge.digibank(), AuditAction.CHANGE, "Person", merge.survivor(),
					"merge with person " + merge.merged() + " final: the undo window has passed");
			events.publishEvent(new PersonsMergeBecameFinal(merge.digibank(), merge.survivor(), merge.merged()));
		}
		return due.size();
	}

	/** The record a merged record was merged into; empty for a record that is not merged. */
	@Transactional(readOnly = true)
	Optional<PersonId> survivorOf(Actor actor, PersonId id) {
		PeopleDesk.requirePermission(actor, Permission.PERSON_VIEW);
		people.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		return Optional.ofNullable(merges.mergedInto(id)).map(PersonId::new);
	}

	long undoDays() {
		return properties.undoWindow().toDays();
	}

	int countUniquePersons(DigibankId digibank) {
		return merges.countUnique(digibank);
	}

	private static String summary(Map<String, List<String>> moved) {
		StringBuilder text = new StringBuilder();
		moved.forEach((table, rows) -> text.append(text.isEmpty() ? "" : ", ").append(rows.size()).append(' ').append(table));
		return text.toString();
	}
}
