package be.digibank.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer dgb_…}, with the rights of the token's account.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final StaffAccounts accounts;

	ApiTokenAuthentication(ApiTokens tokens, StaffAccounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ")) {
			tokens.authenticate(header.substring(7).strip()).flatMap(accounts::find).filter(StaffAccount::isActive)
					.ifPresent(account -> {
						var authorities = StaffAccount.signedInAuthorities(account.role()).stream()
								.map(SimpleGrantedAuthority::new).toList();
						var context = SecurityContextHolder.createEmptyContext();
						context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.toActor(),
								null, authorities));
						SecurityContextHolder.setContext(context);
					});
		}
		chain.doFilter(request, response);
	}
}
