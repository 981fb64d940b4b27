package be.digibank.staff;

import be.digibank.shared.security.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when the account was disabled, its rights or password changed, or the session is
 * older than the absolute limit — whatever instance of the application handles the request.
 */
class SessionGuard extends OncePerRequestFilter {

	static final Duration ABSOLUTE_LIMIT = Duration.ofHours(10);

	private static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".signedInAt";

	private final StaffAccounts accounts;
	private final java.time.Clock clock;

	SessionGuard(StaffAccounts accounts, java.time.Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof Actor actor
				&& !stillValid(actor, session)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect("/login?ended");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Marks the moment the password was accepted on the application's clock, the same clock the limit is checked against,
	 * so a session's age never mixes the container's time with the application's.
	 */
	static void signedIn(HttpSession session, java.time.Clock clock) {
		session.setAttribute(SIGNED_IN_AT, clock.millis());
	}

	private boolean stillValid(Actor actor, HttpSession session) {
		if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
			// a session authenticated another way than the password form starts counting now
			signedIn(session, clock);
		} else if (clock.millis() - signedInAt > ABSOLUTE_LIMIT.toMillis()) {
			return false;
		}
		return accounts.sessionState(actor.accountId()).map(state -> state.status() == AccountStatus.ACTIVE
				&& state.sessionGeneration() == actor.sessionGeneration()).orElse(false);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}
}
