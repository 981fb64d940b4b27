package be.digibank.people;

import be.digibank.people.PeopleRepository.Person;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the people register: who a person is (nothing sensitive) and whether they may use a
 * service. Always within one digibank: an ID of another digibank is simply not there.
 */
@Component
public class PeopleRegister {

	private final PeopleRepository people;
	private final PeopleDesk desk;
	private final PrivacyRepository privacy;

	private final PersonMerges merges;
	private final AnonymousContacts anonymousContacts;

	PeopleRegister(PeopleRepository people, PeopleDesk desk, PrivacyRepository privacy, PersonMerges merges, AnonymousContacts anonymousContacts) {
		this.anonymousContacts = anonymousContacts;
		this.people = people;
		this.desk = desk;
		this.privacy = privacy;
		this.merges = merges;
	}

	/** Persons the digibank reached, each counted once: records merged into another are not counted. */
	@Transactional(readOnly = true)
	public int countUniquePersons(DigibankId digibank) {
		return merges.countUniquePersons(digibank);
	}

	/**
	 * Help contacts logged without registration in the period (both ends included): reported beside the unique persons,
	 * never added to them.
	 */
	public long countAnonymousContacts(DigibankId digibank, java.time.LocalDate from, java.time.LocalDate to) {
		return anonymousContacts.count(digibank, from, to);
	}

	@Transactional(readOnly = true)
	public Optional<PersonSummary> person(DigibankId digibank, PersonId id) {
		return people.find(digibank, id).map(PeopleRegister::summary);
	}

	/**
	 * The same typo-tolerant search as the register's search box (name, phone, e-mail or year of birth), for pages of other
	 * modules where a person is picked (a loan, a repair). Best match first.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> search(Actor actor, String typed) {
		return desk.search(actor, typed).stream().map(row -> new PersonSummary(new PersonId(row.id()), actor.tenant(), row.displayName(),
				row.birthYear(), row.postcode())).toList();
	}

	/** How to reach the person, for reminders and offers; empty when the person is not in this digibank. */
	@Transactional(readOnly = true)
	public Optional<PersonContact> contact(DigibankId digibank, PersonId id) {
		return people.find(digibank, id).map(person -> new PersonContact(person.id(), person.digibankId(), person.displayName(),
				person.language(), person.phone(), person.email(), person.address(), person.noContact()));
	}

	/** "May this person use this service? yes/no, because …" under the digibank's rule, proofs, referrals and overrides. */
	@Transactional(readOnly = true)
	public Optional<EligibilityVerdict> eligibility(DigibankId digibank, PersonId id, Service service) {
		return Optional.ofNullable(desk.eligibilities(digibank, List.of(id), service).get(id));
	}

	/**
	 * The same verdicts for many persons at once (a waiting list, the offer of a device), read in a handful of statements
	 * whatever their number. Persons not in this digibank are absent from the answer.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, EligibilityVerdict> eligibilities(DigibankId digibank, Collection<PersonId> persons, Service service) {
		return desk.eligibilities(digibank, persons, service);
	}

	/** Several persons at once (for lists of other modules); persons not in this digibank are absent from the answer. */
	@Transactional(readOnly = true)
	public Map<PersonId, PersonSummary> persons(DigibankId digibank, Collection<PersonId> ids) {
		Map<PersonId, PersonSummary> found = new HashMap<>();
		people.findAll(digibank, ids).forEach((id, person) -> found.put(id, summary(person)));
		return found;
	}

	/**
	 * Adds a service the person received to the person's timeline (a loan, a course, a help contact…), as other modules
	 * report it. The partner of the signed-in actor, if any, is kept so that partner staff see their own services. False
	 * when the person is not in this digibank.
	 */
	@Transactional
	public boolean recordService(DigibankId digibank, PersonId id, String service, String summary, java.time.Instant at) {
		if (people.find(digibank, id).isEmpty()) {
			return false;
		}
		String text = summary.strip();
		var partner = be.digibank.shared.security.CurrentActor.find().map(be.digibank.shared.security.Actor::partnerId).orElse(null);
		privacy.insertService(java.util.UUID.randomUUID(), digibank, id, service, text.length() > 300 ? text.substring(0, 300) : text,
				partner == null ? null : partner.value(), at);
		return true;
	}

	static PersonSummary summary(Person person) {
		return new PersonSummary(person.id(), person.digibankId(), person.displayName(), person.birthYear(), person.postcode());
	}
}
