package be.digibank.staff;

import be.digibank.shared.FieldProblem;
import be.digibank.shared.PartnerId;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import be.digibank.staff.web.StaffViews;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Small helpers the staff pages share. */
final class StaffWeb {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private StaffWeb() {
	}

	static @Nullable ZonedDateTime local(@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(BRUSSELS);
	}

	/** What was typed into the named fields, to show it again; never used for passwords. */
	static Map<String, String> typed(HttpServletRequest request, String... fields) {
		Map<String, String> values = new HashMap<>();
		for (String field : fields) {
			String value = request.getParameter(field);
			values.put(field, value == null ? "" : value);
		}
		return values;
	}

	static FormErrors errors(BindingResult result, MessageSource messages) {
		return FormErrors.of(result, messages, LocaleContextHolder.getLocale());
	}

	static FormErrors refused(FieldProblem refusal, MessageSource messages) {
		return FormErrors.none().add(refusal.field(), text(messages, refusal.messageKey()));
	}

	static String text(MessageSource messages, String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, key, locale);
	}

	static List<Option> roleOptions(MessageSource messages) {
		return StaffAdministration.TENANT_ROLES.stream()
				.map(role -> new Option(role.name(), text(messages, "role." + role.name()))).toList();
	}

	static StaffViews.Account view(StaffAccount account, Map<PartnerId, String> partners) {
		PartnerId partner = account.partnerId();
		return new StaffViews.Account(account.id().toString(), account.displayName(), account.email(),
				account.role().name(), partner == null ? null : partner.toString(),
				partner == null ? "" : partners.getOrDefault(partner, ""), account.status().name(),
				local(account.lastLoginAt()), account.hasSecondFactor(), account.version());
	}

	static StaffViews.Token view(ApiTokens.ApiToken token, Instant now) {
		return new StaffViews.Token(token.id().toString(), token.name(), token.accountName(),
				local(token.createdAt()), local(token.expiresAt()), local(token.lastUsedAt()),
				local(token.revokedAt()), token.usable(now));
	}
}
