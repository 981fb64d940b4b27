package be.digibank.people;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The matching key of a name, the same as the database function {@code people.name_key}: accents folded, lower case,
 * punctuation removed, Dutch particles glued to the next word and the words sorted (so a swapped first and last name
 * give the same key).
 */
final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}’‘´]+");
	private static final Pattern PARTICLE = Pattern.compile("\\b(van|von|de|der|den|di|du|da|del|le|la|ten|ter|te|d|vd|v)\\s+");

	private NameKey() {
	}

	static String of(@Nullable String firstName, @Nullable String lastName, @Nullable String nickname) {
		String first = firstName == null ? "" : firstName;
		String last = lastName == null ? "" : lastName;
		String name = first.isEmpty() && last.isEmpty() ? (nickname == null ? "" : nickname) : first + " " + last;
		return of(name);
	}

	static String of(String name) {
		String folded = fold(name);
		String spaced = SEPARATORS.matcher(folded).replaceAll(" ").strip();
		String glued = PARTICLE.matcher(spaced).replaceAll("$1");
		return Arrays.stream(glued.split("\\s+")).filter(word -> !word.isEmpty()).sorted().collect(Collectors.joining(" "));
	}

	/** What unaccent does for the letters that occur in names here, then lower case. */
	static String fold(String text) {
		String replaced = text.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE").replace("œ", "oe")
				.replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l").replace("Đ", "D").replace("đ", "d");
		return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}
}
