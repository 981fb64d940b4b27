package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import be.digibank.shared.security.SignedIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A staff or volunteer account and the rules of its life: invitation, activation, sign-in and disabling.
 */
final class StaffAccount {

	private final StaffAccountId id;
	private final @Nullable DigibankId digibankId;
	private @Nullable PartnerId partnerId;
	private String email;
	private String displayName;
	private Role role;
	private AccountStatus status;
	private @Nullable String passwordHash;
	private @Nullable String totpSecret;
	private long totpLastStep;
	private int sessionGeneration;
	private String language;
	private final int version;
	private final Instant createdAt;
	private @Nullable Instant lastLoginAt;

	StaffAccount(StaffAccountId id, @Nullable DigibankId digibankId, @Nullable PartnerId partnerId, String email,
			String displayName, Role role, AccountStatus status, @Nullable String passwordHash,
			@Nullable String totpSecret, long totpLastStep, int sessionGeneration, String language, int version,
			Instant createdAt, @Nullable Instant lastLoginAt) {
		this.id = id;
		this.digibankId = digibankId;
		this.partnerId = partnerId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.status = status;
		this.passwordHash = passwordHash;
		this.totpSecret = totpSecret;
		this.totpLastStep = totpLastStep;
		this.sessionGeneration = sessionGeneration;
		this.language = language;
		this.version = version;
		this.createdAt = createdAt;
		this.lastLoginAt = lastLoginAt;
	}

	/**
	 * A new account that still has to choose its password through the invitation link.
	 */
	static StaffAccount invite(@Nullable DigibankId digibankId, @Nullable PartnerId partnerId, String email,
			String displayName, Role role, Instant now) {
		if (role.isPlatformWide() != (digibankId == null)) {
			throw new IllegalArgumentException("platform-wide roles have no digibank, all others have one");
		}
		return new StaffAccount(StaffAccountId.random(), digibankId, role.isPlatformWide() ? null : partnerId,
				normalise(email), displayName.strip(), role, AccountStatus.INVITED, null, null, 0, 0, "nl", 0, now,
				null);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void choosePassword(String newPasswordHash) {
		if (status == AccountStatus.DISABLED) {
			throw new IllegalStateException("a disabled account cannot choose a password");
		}
		this.passwordHash = newPasswordHash;
		this.status = AccountStatus.ACTIVE;
		endSessions();
	}

	void disable() {
		status = AccountStatus.DISABLED;
		endSessions();
	}

	void enable() {
		status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
	}

	/**
	 * Changes what the account may do; its sessions end so that the new rights apply at once.
	 */
	void assign(String newDisplayName, Role newRole, @Nullable PartnerId newPartner) {
		if (newRole.isPlatformWide() != role.isPlatformWide()) {
			throw new IllegalArgumentException("an account cannot move between a digibank and the platform");
		}
		boolean rightsChange = newRole != role || !java.util.Objects.equals(newPartner, partnerId);
		this.displayName = newDisplayName.strip();
		this.role = newRole;
		this.partnerId = newPartner;
		if (rightsChange) {
			endSessions();
		}
	}

	void enrolSecondFactor(String secret) {
		this.totpSecret = secret;
		this.totpLastStep = 0;
	}

	/**
	 * Removes the second factor (lost phone); the account must set up a new one at its next sign-in.
	 */
	void resetSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = 0;
		endSessions();
	}

	/**
	 * Accepts a one-time code's time step once: a code seen before is refused, even if still valid.
	 */
	boolean useCodeStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	void signedIn(Instant now) {
		lastLoginAt = now;
	}

	void chooseLanguage(String newLanguage) {
		this.language = newLanguage;
	}

	private void endSessions() {
		sessionGeneration++;
	}

	boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	boolean hasSecondFactor() {
		return totpSecret != null;
	}

	Actor toActor() {
		return new Actor(id, displayName, role, digibankId, partnerId, sessionGeneration);
	}

	/** What the account may do once fully signed in. */
	static List<String> signedInAuthorities(Role role) {
		List<String> authorities = new ArrayList<>();
		authorities.add(SignedIn.AUTHORITY);
		authorities.add("ROLE_" + role.name());
		for (Permission permission : PermissionMatrix.permissions(role).keySet()) {
			authorities.add(permission.authority());
		}
		return authorities;
	}

	StaffAccountId id() {
		return id;
	}

	@Nullable
	DigibankId digibankId() {
		return digibankId;
	}

	@Nullable
	PartnerId partnerId() {
		return partnerId;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	Role role() {
		return role;
	}

	AccountStatus status() {
		return status;
	}

	@Nullable
	String passwordHash() {
		return passwordHash;
	}

	@Nullable
	String totpSecret() {
		return totpSecret;
	}

	long totpLastStep() {
		return totpLastStep;
	}

	int sessionGeneration() {
		return sessionGeneration;
	}

	String language() {
		return language;
	}

	int version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable
	Instant lastLoginAt() {
		return lastLoginAt;
	}
}
