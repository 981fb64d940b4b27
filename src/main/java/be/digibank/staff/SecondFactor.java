package be.digibank.staff;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238, 30 s, 6 digits) and single-use recovery codes.
 */
@Component
class SecondFactor {

	static final int PERIOD_SECONDS = 30;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final Clock clock;
	private final CodeGenerator generator = new DefaultCodeGenerator();

	SecondFactor(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * The time step of a matching code (allowing one step of clock drift), or empty when it does not match.
	 */
	OptionalLong matchingStep(String secret, String code) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = current - 1; step <= current + 1; step++) {
			try {
				if (MessageDigest.isEqual(generator.generate(secret, step).getBytes(), digits.getBytes())) {
					return OptionalLong.of(step);
				}
			} catch (CodeGenerationException exception) {
				return OptionalLong.empty();
			}
		}
		return OptionalLong.empty();
	}

	String otpauthUri(String secret, String email) {
		return "otpauth://totp/Digibank:" + email.replace(":", "") + "?secret=" + secret
				+ "&issuer=Digibank&algorithm=SHA1&digits=6&period=" + PERIOD_SECONDS;
	}

	List<String> newRecoveryCodes() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/**
	 * Recovery codes and link tokens are long random strings, so a plain SHA-256 is enough to store them.
	 */
	static String hash(String secret) {
		try {
			return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.strip().toLowerCase().getBytes()));
		} catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
