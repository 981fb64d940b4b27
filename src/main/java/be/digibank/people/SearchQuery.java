package be.digibank.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What was typed in the search box: a phone number or an e-mail address (matched exactly), or a name with perhaps a
 * birth year ("jan peeters 1956"), which narrows the result.
 */
record SearchQuery(String nameKey, @Nullable String phone, @Nullable String email, @Nullable Integer birthYear) {

	static SearchQuery parse(@Nullable String typed, int thisYear) {
		String text = typed == null ? "" : typed.strip();
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		if (text.contains("@") && !text.contains(" ")) {
			return new SearchQuery("", null, text.toLowerCase(Locale.ROOT), null);
		}
		Optional<String> phone = text.matches(".*[0-9]{6,}.*|.*[0-9 ./+\\-]{9,}") ? Phones.normalise(text) : Optional.empty();
		if (phone.isPresent()) {
			return new SearchQuery("", phone.get(), null, null);
		}
		List<String> words = new ArrayList<>();
		Integer year = null;
		for (String word : text.split("\\s+")) {
			if (word.matches("(19|20)[0-9]{2}") && Integer.parseInt(word) <= thisYear) {
				year = Integer.parseInt(word);
			} else if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return new SearchQuery(NameKey.of(String.join(" ", words)), null, null, year);
	}

	boolean isEmpty() {
		return nameKey.isEmpty() && phone == null && email == null && birthYear == null;
	}
}
