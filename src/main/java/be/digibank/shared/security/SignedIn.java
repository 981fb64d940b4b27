package be.digibank.shared.security;

/** Authorities that tell how far the sign-in has come. */
public final class SignedIn {

	/** Password and, where required, second factor done. */
	public static final String AUTHORITY = "SIGNED_IN";
	/** Password done; the one-time code is still due. */
	public static final String AWAITING_CODE = "AWAITING_CODE";
	/**
	 * Password done; the account must set up its second factor before anything else.
	 */
	public static final String AWAITING_ENROLMENT = "AWAITING_ENROLMENT";

	private SignedIn() {
	}
}
