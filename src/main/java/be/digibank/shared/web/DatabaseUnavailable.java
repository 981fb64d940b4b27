package be.digibank.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request gets a calm 503 page (or JSON for the API) instead of a stack
 * trace — also when the failure happens in the session or security filters, before any controller. The connection pool
 * reconnects by itself once the database is back; no restart is needed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final MessageSource messages;
	private final LocaleResolver locales;

	DatabaseUnavailable(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		} catch (Exception failure) {
			if (!isDatabaseAway(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "60");
			response.setHeader("Cache-Control", "no-store");
			Locale locale = locales.resolveLocale(request);
			String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
			String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
			if (request.getRequestURI().startsWith("/api/")) {
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter().write("{\"status\":503,\"title\":\"" + title + "\",\"detail\":\"" + text + "\"}");
			} else {
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · Digibank</title>"
						+ "<link rel=\"stylesheet\" href=\"/css/digibank.css\"></head><body><main id=\"main\"><h1>" + title + "</h1><p>" + text
						+ "</p></main></body></html>");
			}
		}
	}

	static boolean isDatabaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}
}
