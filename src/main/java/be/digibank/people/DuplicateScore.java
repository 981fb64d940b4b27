package be.digibank.people;

import org.jspecify.annotations.Nullable;

/**
 * How likely an existing person is the one being registered, from the name similarity (pg_trgm on the name key) and the
 * other facts both records have.
 */
final class DuplicateScore {

	/** Suggestions below this are not shown. */
	static final double THRESHOLD = 0.65;
	/** Suggestions more than this many points (of 100) below the best one are not shown. */
	static final int MARGIN = 10;

	private DuplicateScore() {
	}

	static double of(double nameSimilarity, @Nullable Integer birthYear, @Nullable Integer otherBirthYear, String postcode, String otherPostcode,
			boolean samePhone, boolean sameEmail) {
		double score = nameSimilarity;
		if (birthYear != null && otherBirthYear != null) {
			score += birthYear.equals(otherBirthYear) ? 0.15 : -0.3;
		}
		if (!"OTHER".equals(postcode) && postcode.equals(otherPostcode)) {
			score += 0.05;
		}
		if (samePhone || sameEmail) {
			score = Math.max(score, 0.5) + 0.3;
		}
		return Math.max(0, Math.min(1, score));
	}
}
