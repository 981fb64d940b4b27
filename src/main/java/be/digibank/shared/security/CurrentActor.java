package be.digibank.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, read from Spring Security's context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Actor actor && authentication.getAuthorities().stream()
						.anyMatch(a -> SignedIn.AUTHORITY.equals(a.getAuthority()))) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The actor; only called on pages that require a fully signed-in actor. */
	public static Actor get() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in actor"));
	}
}
