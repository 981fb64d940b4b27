package be.digibank.people;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers as typed at a counter ("0470 12 34 56", "+32 470/12.34.56") in one comparable form (+32470123456). */
final class Phones {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s./()\\-]");
	private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{8,16}");

	private Phones() {
	}

	/** The normalised number, or empty when the text is no phone number. */
	static Optional<String> normalise(String typed) {
		String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
		if (!DIGITS.matcher(compact).matches()) {
			return Optional.empty();
		}
		String international;
		if (compact.startsWith("+")) {
			international = compact;
		} else if (compact.startsWith("00")) {
			international = "+" + compact.substring(2);
		} else if (compact.startsWith("0")) {
			international = "+32" + compact.substring(1);
		} else {
			return Optional.empty();
		}
		return international.length() >= 9 && international.length() <= 16 ? Optional.of(international) : Optional.empty();
	}
}
