package be.digibank.shared;

/**
 * A record does not exist or the current actor may not know it exists: both answer 404, so that an ID from another
 * digibank or partner reveals nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found");
	}
}
