package be.digibank.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Strict headers on every response: a Content-Security-Policy whose scripts need this response's nonce, and no caching
 * of anything but static files.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	private static final String NONCE = SecurityHeaders.class.getName() + ".nonce";
	private static final SecureRandom RANDOM = new SecureRandom();

	static String nonce(HttpServletRequest request) {
		Object nonce = request.getAttribute(NONCE);
		return nonce == null ? "" : nonce.toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		boolean apiDocumentation = request.getRequestURI().startsWith("/swagger-ui");
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce
				+ "'; style-src 'self'" + (apiDocumentation ? " 'unsafe-inline'" : "")
				+ "; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		if (isStatic(request)) {
			response.setHeader("Cache-Control", "public, max-age=3600");
		} else {
			response.setHeader("Cache-Control", "no-store");
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith("/css/") || uri.startsWith("/js/") || uri.startsWith("/webjars/")
				|| uri.startsWith("/images/");
	}
}
