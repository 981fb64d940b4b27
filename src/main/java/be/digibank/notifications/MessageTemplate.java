package be.digibank.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one message in one language, for every channel, with placeholders such as {@code {name}}.
 *
 * @param smsText
 *            one text message; at most {@link #SMS_LIMIT} characters once filled with typical values
 * @param emailSubject
 *            the e-mail's subject line
 * @param emailBody
 *            the e-mail's plain text
 * @param letterBody
 *            the text of the printed letter, below the person's name and address
 */
record MessageTemplate(String smsText, String emailSubject, String emailBody, String letterBody) {

	/** One SMS segment: longer texts are split and cost more, and arrive in pieces on old phones. */
	static final int SMS_LIMIT = 160;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	/** The field names of the edit form, in the order of the record. */
	static final List<String> FIELDS = List.of("smsText", "emailSubject", "emailBody", "letterBody");

	MessageTemplate fill(Map<String, String> values) {
		return new MessageTemplate(fill(smsText, values), fill(emailSubject, values), fill(emailBody, values), fill(letterBody, values));
	}

	/** The text with every known placeholder replaced; values are plain text and are not read as placeholders again. */
	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	static Set<String> placeholders(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	Map<String, String> byField() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("smsText", smsText);
		fields.put("emailSubject", emailSubject);
		fields.put("emailBody", emailBody);
		fields.put("letterBody", letterBody);
		return fields;
	}

	/**
	 * What is wrong with this wording for a template that knows {@code allowed} placeholders: per field, a placeholder that
	 * would never be filled, or an SMS that is too long once filled with the {@code examples}.
	 */
	List<Problem> problems(Set<String> allowed, Map<String, String> examples) {
		List<Problem> problems = new ArrayList<>();
		byField().forEach((field, text) -> {
			List<String> unknown = placeholders(text).stream().filter(name -> !allowed.contains(name)).toList();
			if (!unknown.isEmpty()) {
				problems.add(new Problem(field, "notifications.template.error.placeholder", "{" + String.join("}, {", unknown) + "}"));
			}
		});
		int length = fill(smsText, examples).length();
		if (length > SMS_LIMIT) {
			problems.add(new Problem("smsText", "notifications.template.error.smsLength", String.valueOf(length)));
		}
		return problems;
	}

	/** A field of the wording that cannot be used, with the message key and its argument. */
	record Problem(String field, String messageKey, String argument) {
	}
}
