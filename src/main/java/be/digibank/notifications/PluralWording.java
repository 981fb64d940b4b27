package be.digibank.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words counted values in the language a message goes out in, with that language's plural rule: {@code daysOverdue} "1"
 * becomes {@code daysOverdueText} "1 dag" / "1 jour" / "1 day", "7" becomes "7 dagen" / "7 jours" / "7 days". The rule
 * is a ChoiceFormat in the message bundles ({@code notifications.value.daysOverdue}), so a translator keeps it right;
 * templates stay plain text that coordinators edit. Done when the text is filled, because only then the language is
 * known (the person may change it between notice and sending).
 */
@Component
class PluralWording {

	private final MessageSource messages;

	PluralWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The values with every derived placeholder added whose source value is a number; the others unchanged. */
	Map<String, String> complete(Map<String, String> values, String language) {
		Map<String, String> completed = new LinkedHashMap<>(values);
		TemplateCatalogue.DERIVED.forEach((derived, source) -> {
			String count = values.getOrDefault(source, "");
			if (count.matches("\\d{1,9}")) {
				completed.put(derived, messages.getMessage("notifications.value." + source, new Object[]{Long.parseLong(count)},
						Locale.forLanguageTag(language)));
			}
		});
		return completed;
	}
}
