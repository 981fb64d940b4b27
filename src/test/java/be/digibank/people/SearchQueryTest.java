package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the search box understands, and phone numbers in one form, without Spring. */
class SearchQueryTest {

	@Test
	void aNameWithABirthYear() {
		SearchQuery query = SearchQuery.parse("  Jan Peetrs 1956 ", 2026);
		assertThat(query.nameKey()).isEqualTo("jan peetrs");
		assertThat(query.birthYear()).isEqualTo(1956);
		assertThat(query.phone()).isNull();
	}

	@Test
	void phoneNumbersAsTypedAtACounter() {
		assertThat(SearchQuery.parse("0470 12 34 56", 2026).phone()).isEqualTo("+32470123456");
		assertThat(Phones.normalise("+32 470/12.34.56")).contains("+32470123456");
		assertThat(Phones.normalise("0032470123456")).contains("+32470123456");
		assertThat(Phones.normalise("12")).isEmpty();
		assertThat(Phones.normalise("<script>")).isEmpty();
	}

	@Test
	void anEmailAddress() {
		SearchQuery query = SearchQuery.parse("Fatima@Example.be", 2026);
		assertThat(query.email()).isEqualTo("fatima@example.be");
		assertThat(query.nameKey()).isEmpty();
	}

	@Test
	void aFutureYearIsPartOfTheName() {
		assertThat(SearchQuery.parse("2099", 2026).birthYear()).isNull();
	}

	@Test
	void duplicateScoresRewardSameFactsAndPunishDifferentBirthYears() {
		assertThat(DuplicateScore.of(0.6, 1956, 1956, "3700", "3700", false, false))
				.isGreaterThan(DuplicateScore.of(0.6, null, 1956, "3700", "3700", false, false));
		assertThat(DuplicateScore.of(0.6, 1956, 1990, "3700", "3700", false, false)).isLessThan(DuplicateScore.THRESHOLD);
		assertThat(DuplicateScore.of(0.1, null, null, "OTHER", "OTHER", true, false)).isGreaterThanOrEqualTo(0.8);
	}
}
