package be.digibank.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the authority a handler declares with {@code @PreAuthorize("hasAuthority('…')")} before the request body or
 * form is bound and validated: someone without the permission learns nothing from validation messages. Method security
 * still checks the same annotation when the handler runs.
 */
class AuthoriseBeforeBinding implements HandlerInterceptor {

	private static final Pattern AUTHORITY = Pattern.compile("^hasAuthority\\('([A-Z_]+)'\\)$");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return true;
		}
		Matcher matcher = AUTHORITY.matcher(rule.value().strip());
		if (!matcher.matches()) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean granted = authentication != null && authentication.getAuthorities().stream().anyMatch(a -> matcher.group(1).equals(a.getAuthority()));
		if (!granted) {
			throw new AccessDeniedException("missing " + matcher.group(1));
		}
		return true;
	}
}
