package be.digibank.inventory;

import java.util.Optional;

/**
 * A photo of a device. Only JPEG, PNG and WebP are kept, recognised by their first bytes (the name and the browser's
 * content type can be anything), and at most {@link #MAX_BYTES} each and {@link #MAX_PER_DEVICE} per device.
 */
final class DevicePhoto {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_PER_DEVICE = 5;
	static final int ALT_TEXT_MAX = 200;

	private DevicePhoto() {
	}

	/** The image type the bytes really are, or empty when they are none of the kept types. */
	static Optional<String> contentTypeOf(byte[] bytes) {
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/** The message key why a photo is refused for a device that already has {@code existing} photos, or empty. */
	static Optional<String> refusal(byte[] bytes, int existing) {
		if (existing >= MAX_PER_DEVICE) {
			return Optional.of("devicePhoto.tooMany");
		}
		if (bytes.length == 0) {
			return Optional.of("devicePhoto.missing");
		}
		if (bytes.length > MAX_BYTES) {
			return Optional.of("devicePhoto.tooLarge");
		}
		if (contentTypeOf(bytes).isEmpty()) {
			return Optional.of("devicePhoto.wrongType");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
