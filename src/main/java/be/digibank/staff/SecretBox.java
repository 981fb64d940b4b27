package be.digibank.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets at rest (AES-256-GCM), so a copy of the database alone does not let anyone generate
 * sign-in codes. The key comes from {@code digibank.security.encryption-key} (base64, 32 bytes), set outside the
 * database: an environment variable in production.
 */
@Component
class SecretBox {

	private static final String PREFIX = "v1:";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(@Value("${digibank.security.encryption-key:}") String encodedKey) {
		if (encodedKey.isBlank()) {
			throw new IllegalStateException(
					"Set digibank.security.encryption-key (environment DIGIBANK_SECURITY_ENCRYPTION_KEY) to 32 random bytes in base64, e.g. `openssl rand -base64 32`");
		}
		byte[] bytes = Base64.getDecoder().decode(encodedKey.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("digibank.security.encryption-key must be 32 bytes in base64");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	@Nullable
	String seal(@Nullable String secret) {
		if (secret == null) {
			return null;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, stored, 0, iv.length);
			System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(stored);
		} catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("AES-GCM is not available", impossible);
		}
	}

	@Nullable
	String open(@Nullable String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
			return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
		} catch (GeneralSecurityException wrongKey) {
			throw new IllegalStateException(
					"A second-factor secret cannot be decrypted: is digibank.security.encryption-key the key it was sealed with?",
					wrongKey);
		}
	}
}
