package be.digibank.lending;

import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Translated choices, refusals and form errors for the lending pages. */
@Component
class LoanLabels {

	private final MessageSource messages;

	LoanLabels(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	String refused(LoanRefused refused, Locale locale) {
		return t(refused.messageKey(), locale, refused.arguments());
	}

	FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.of(result, messages, locale);
	}

	<E extends Enum<E>> List<Option> options(Class<E> type, String prefix, Locale locale) {
		return Arrays.stream(type.getEnumConstants()).map(value -> new Option(value.name(), t(prefix + value.name(), locale))).toList();
	}

	List<Option> options(List<String> values, String prefix, Locale locale) {
		return values.stream().map(value -> new Option(value, t(prefix + value, locale))).toList();
	}
}
