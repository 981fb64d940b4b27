package be.digibank.lending;

import be.digibank.people.EligibilityVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a waiting list and why each person is where they are. Pure: the digibank's rules and the facts are
 * passed in. Eligible people come before people who may not borrow (yet); among them each rule, in the digibank's
 * order, puts the people it matches first; the longest waiting goes first when the rules do not decide.
 */
final class WaitingList {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** A priority rule; which ones apply and in which order is set per digibank. */
	enum Rule {
		/** The request is urgent (e.g. from a referral by a social worker). */
		URGENT,
		/** The person's eligibility rests on being a registered job seeker. */
		JOB_SEEKER;

		static final String JOB_SEEKER_PROOF = "JOB_SEEKER";

		boolean matches(Entry entry) {
			return switch (this) {
				case URGENT -> entry.urgency() == Request.Urgency.URGENT;
				case JOB_SEEKER -> entry.verdict() != null && entry.verdict().eligible() && JOB_SEEKER_PROOF.equals(entry.verdict().proofType());
			};
		}
	}

	/** One request on the list, with the facts the rules look at. */
	record Entry(RequestId id, Request.Urgency urgency, Instant requestedAt, @org.jspecify.annotations.Nullable EligibilityVerdict verdict) {
		boolean eligible() {
			return verdict != null && verdict.eligible();
		}
	}

	/**
	 * A place on the list: position from 1, the rules that put the person there (message keys ending in the rule's name)
	 * and how many days they have waited.
	 */
	record Place(int position, Entry entry, List<Rule> matched, long waitingDays) {
	}

	private WaitingList() {
	}

	static List<Place> order(List<Rule> rules, List<Entry> entries, LocalDate today) {
		Comparator<Entry> order = Comparator.comparing((Entry entry) -> !entry.eligible());
		for (Rule rule : rules) {
			order = order.thenComparing(entry -> !rule.matches(entry));
		}
		order = order.thenComparing(Entry::requestedAt).thenComparing(entry -> entry.id().value());
		List<Entry> sorted = entries.stream().sorted(order).toList();
		List<Place> places = new ArrayList<>();
		for (Entry entry : sorted) {
			List<Rule> matched = rules.stream().filter(rule -> entry.eligible() && rule.matches(entry)).toList();
			long days = Math.max(0, ChronoUnit.DAYS.between(entry.requestedAt().atZone(BRUSSELS).toLocalDate(), today));
			places.add(new Place(places.size() + 1, entry, matched, days));
		}
		return places;
	}
}
