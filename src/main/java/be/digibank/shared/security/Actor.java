package be.digibank.shared.security;

import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person on whose behalf a request runs. Kept in the session; {@code sessionGeneration} lets a disabled
 * account or a password reset end existing sessions at their next request.
 */
public record Actor(StaffAccountId accountId, String displayName, Role role, @Nullable DigibankId digibankId,
		@Nullable PartnerId partnerId, int sessionGeneration) implements Serializable, AuthenticatedPrincipal {

	/** The account id: what the session store indexes sessions by. */
	@Override
	public String getName() {
		return accountId.toString();
	}

	public boolean can(Permission permission) {
		return PermissionMatrix.allows(role, permission);
	}

	public Optional<Scope> scopeOf(Permission permission) {
		return PermissionMatrix.scope(role, permission);
	}

	/**
	 * The actor's digibank; platform-wide actors have none and get 404 on tenant pages.
	 */
	public DigibankId tenant() {
		if (digibankId == null) {
			throw new NotFoundException();
		}
		return digibankId;
	}

	/**
	 * Whether the actor may use {@code permission} on something that belongs to {@code owner} within the actor's own
	 * digibank.
	 */
	public boolean reaches(Permission permission, @Nullable PartnerId owner, @Nullable StaffAccountId ownerAccount) {
		return scopeOf(permission).map(scope -> switch (scope) {
			case PLATFORM, DIGIBANK -> true;
			case PARTNER -> partnerId != null && partnerId.equals(owner);
			case OWN -> accountId.equals(ownerAccount);
		}).orElse(false);
	}
}
