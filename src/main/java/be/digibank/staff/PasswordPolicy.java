package be.digibank.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B rules: at least 8 characters, long passphrases welcome, no composition rules, and none of the 100,000
 * most common passwords (from the SecLists top-million list, MIT licence).
 */
@Component
class PasswordPolicy {

	static final int MINIMUM = 8;
	static final int MAXIMUM = 128;

	private volatile Set<String> common;

	/** The message key of why the password is refused, or empty when it is fine. */
	Optional<String> refusal(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM) {
			return Optional.of("password.tooShort");
		}
		if (length > MAXIMUM) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (commonPasswords().contains(lower) || lower.equals(email.toLowerCase(Locale.ROOT)) || isRepetition(lower)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static boolean isRepetition(String password) {
		return password.chars().distinct().count() <= 2;
	}

	private Set<String> commonPasswords() {
		Set<String> loaded = common;
		if (loaded == null) {
			synchronized (this) {
				if (common == null) {
					common = load();
				}
				loaded = common;
			}
		}
		return loaded;
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(150_000);
		try (var reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource("common-passwords.txt.gz").getInputStream()),
				StandardCharsets.UTF_8))) {
			reader.lines().map(line -> line.strip().toLowerCase(Locale.ROOT)).forEach(passwords::add);
		} catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return passwords;
	}
}
