package be.digibank.shared.web;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own data: translated text, the signed-in actor, the CSRF token and the
 * script nonce of this response.
 */
public final class Ui {

	public static final List<String> LANGUAGES = List.of("nl", "fr", "en");

	private final MessageSource messages;
	private final Locale locale;
	private final @Nullable Actor actor;
	private final @Nullable CsrfToken csrf;
	private final String nonce;
	private final String path;
	private final @Nullable String flash;

	public Ui(MessageSource messages, Locale locale, @Nullable Actor actor, @Nullable CsrfToken csrf, String nonce,
			String path, @Nullable String flash) {
		this.messages = messages;
		this.locale = locale;
		this.actor = actor;
		this.csrf = csrf;
		this.nonce = nonce;
		this.path = path;
		this.flash = flash;
	}

	/**
	 * Translated text; a missing key shows itself, which the bundle test prevents.
	 */
	public String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public Locale locale() {
		return locale;
	}

	public Optional<Actor> actor() {
		return Optional.ofNullable(actor);
	}

	public boolean signedIn() {
		return actor != null;
	}

	public boolean can(Permission permission) {
		return actor != null && actor.can(permission);
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfHeader() {
		return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	/**
	 * JSON for htmx's hx-headers, so that requests made by htmx carry the CSRF token too.
	 */
	public String htmxHeaders() {
		return "{\"" + csrfHeader() + "\": \"" + csrfToken() + "\"}";
	}

	public String nonce() {
		return nonce;
	}

	public String path() {
		return path;
	}

	/** Whether the navigation item for {@code prefix} is the current page. */
	public boolean current(String prefix) {
		return "/".equals(prefix) ? "/".equals(path) : path.equals(prefix) || path.startsWith(prefix + "/");
	}

	public @Nullable String flash() {
		return flash;
	}

	public String date(@Nullable TemporalAccessor value) {
		return value == null
				? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value);
	}

	public String dateTime(@Nullable TemporalAccessor value) {
		return value == null
				? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
						.format(value);
	}
}
