package be.digibank.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Evidence that the data on one storage medium of a device was sanitised (NIST SP 800-88), for one holder cycle. */
record Sanitisation(UUID id, int holderCycle, String medium, Method method, Technique technique, String tool,
		String toolVersion, String operatorName, LocalDate performedOn, Result result, String verification,
		Instant recordedAt) {

	/** NIST SP 800-88 sanitisation methods. */
	public enum Method {
		CLEAR, PURGE, DESTROY
	}

	/** How the method was carried out. */
	public enum Technique {
		OVERWRITE, BLOCK_ERASE, CRYPTO_ERASE, SANITIZE_COMMAND, FACTORY_RESET, PHYSICAL_DESTRUCTION
	}

	public enum Result {
		PASSED, FAILED
	}

	boolean passed() {
		return result == Result.PASSED;
	}
}
