package be.digibank.lending;

import static be.digibank.lending.WaitingList.Rule.JOB_SEEKER;
import static be.digibank.lending.WaitingList.Rule.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.lending.WaitingList.Entry;
import be.digibank.lending.WaitingList.Place;
import be.digibank.people.EligibilityVerdict;
import be.digibank.people.Service;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The waiting list's order without Spring: eligible first, then each rule in the digibank's order, then waiting time.
 */
class WaitingListTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static Entry entry(String name, Request.Urgency urgency, int daysAgo, String proofType, boolean eligible) {
		EligibilityVerdict verdict = new EligibilityVerdict(Service.LENDING, eligible, "people.eligibility.reason.proof", proofType, null, null);
		return new Entry(new RequestId(UUID.nameUUIDFromBytes(name.getBytes())), urgency,
				Instant.parse("2026-11-27T10:00:00Z").minusSeconds(daysAgo * 86_400L), verdict);
	}

	static final Entry OLD_NORMAL = entry("old normal", Request.Urgency.NORMAL, 40, "UITPAS_REDUCED_RATE", true);
	static final Entry NEW_URGENT = entry("new urgent", Request.Urgency.URGENT, 2, "UITPAS_REDUCED_RATE", true);
	static final Entry JOB_SEEKER_ENTRY = entry("job seeker", Request.Urgency.NORMAL, 10, "JOB_SEEKER", true);
	static final Entry URGENT_JOB_SEEKER = entry("urgent job seeker", Request.Urgency.URGENT, 1, "JOB_SEEKER", true);
	static final Entry NOT_ELIGIBLE = entry("not eligible", Request.Urgency.URGENT, 90, null, false);

	static List<Entry> all() {
		return List.of(NOT_ELIGIBLE, OLD_NORMAL, JOB_SEEKER_ENTRY, NEW_URGENT, URGENT_JOB_SEEKER);
	}

	static List<Entry> order(List<WaitingList.Rule> rules) {
		return WaitingList.order(rules, all(), TODAY).stream().map(Place::entry).toList();
	}

	@Test
	void urgentFirstThenJobSeekersThenWaitingTimeAndNotEligibleLast() {
		assertThat(order(List.of(URGENT, JOB_SEEKER))).containsExactly(URGENT_JOB_SEEKER, NEW_URGENT, JOB_SEEKER_ENTRY, OLD_NORMAL, NOT_ELIGIBLE);
	}

	@Test
	void theRulesAreDataTheirOrderAndPresenceChangeTheList() {
		assertThat(order(List.of(JOB_SEEKER, URGENT))).containsExactly(URGENT_JOB_SEEKER, JOB_SEEKER_ENTRY, NEW_URGENT, OLD_NORMAL, NOT_ELIGIBLE);
		assertThat(order(List.of())).as("waiting time only").containsExactly(OLD_NORMAL, JOB_SEEKER_ENTRY, NEW_URGENT, URGENT_JOB_SEEKER,
				NOT_ELIGIBLE);
	}

	@Test
	void everyPlaceSaysWhyItIsThere() {
		List<Place> places = WaitingList.order(List.of(URGENT, JOB_SEEKER), all(), TODAY);
		assertThat(places).extracting(Place::position).containsExactly(1, 2, 3, 4, 5);
		assertThat(places.get(0).matched()).containsExactly(URGENT, JOB_SEEKER);
		assertThat(places.get(0).waitingDays()).isEqualTo(1);
		assertThat(places.get(1).matched()).containsExactly(URGENT);
		assertThat(places.get(2).matched()).containsExactly(JOB_SEEKER);
		assertThat(places.get(3).matched()).isEmpty();
		assertThat(places.get(3).waitingDays()).isEqualTo(40);
		assertThat(places.get(4).entry().eligible()).isFalse();
		assertThat(places.get(4).matched()).as("a rule never lifts someone who may not borrow").isEmpty();
	}
}
