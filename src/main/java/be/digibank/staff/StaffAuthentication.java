package be.digibank.staff;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.SignedIn;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password. The only authentication provider: as a bean it also keeps Spring Boot from creating a
 * default user. Unknown addresses, wrong passwords and disabled accounts get the same answer after the same work, so
 * the form tells nobody which addresses exist.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

	private final StaffAccounts accounts;
	private final PasswordEncoder passwords;
	private final LoginThrottle throttle;
	private final AuditTrail audit;
	private final String dummyHash;

	StaffAuthentication(StaffAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle, AuditTrail audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.dummyHash = passwords.encode("not a real password, only spends the same time");
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String email = StaffAccount.normalise(request.getName());
		String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
		String address = request.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress()
				: "";
		if (throttle.refuses(email, address)) {
			throw new LockedException("throttled");
		}
		StaffAccount account = accounts.findByEmail(email).orElse(null);
		boolean matches = passwords.matches(password,
				account == null || account.passwordHash() == null ? dummyHash : account.passwordHash());
		if (account == null || !matches || !account.isActive()) {
			throttle.record(email, address, false);
			audit.record(account == null ? null : account.toActor(), account == null ? null : account.digibankId(),
					AuditAction.LOGIN_FAILED, "StaffAccount", account == null ? "-" : account.id(),
					account == null ? "unknown e-mail address" : "refused");
			throw new BadCredentialsException("bad credentials");
		}
		throttle.record(email, address, true);
		Actor actor = account.toActor();
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, authoritiesAfterPassword(account));
	}

	private static List<GrantedAuthority> authoritiesAfterPassword(StaffAccount account) {
		if (account.hasSecondFactor()) {
			return List.of(new SimpleGrantedAuthority(SignedIn.AWAITING_CODE));
		}
		if (account.role().requiresSecondFactor()) {
			return List.of(new SimpleGrantedAuthority(SignedIn.AWAITING_ENROLMENT));
		}
		return StaffAccount.signedInAuthorities(account.role()).stream()
				.<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
