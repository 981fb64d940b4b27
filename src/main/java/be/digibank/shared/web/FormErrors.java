package be.digibank.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Translated messages per form field, in the order the fields failed, for the error summary and the message next to
 * each field.
 */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		FormErrors errors = new FormErrors();
		for (FieldError error : result.getFieldErrors()) {
			errors.byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		result.getGlobalErrors()
				.forEach(error -> errors.byField.putIfAbsent("form", messages.getMessage(error, locale)));
		return errors;
	}

	public FormErrors add(String field, String translatedMessage) {
		byField.putIfAbsent(field, translatedMessage);
		return this;
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public @Nullable String get(String field) {
		return byField.get(field);
	}

	/**
	 * The ids that describe a field: its hint and its error, or null when there are none.
	 */
	public @Nullable String describedBy(String field, boolean hasHint) {
		String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).trim();
		return ids.isEmpty() ? null : ids;
	}

	public Map<String, String> all() {
		return Map.copyOf(byField);
	}

	public Iterable<Map.Entry<String, String>> entries() {
		return byField.entrySet();
	}
}
