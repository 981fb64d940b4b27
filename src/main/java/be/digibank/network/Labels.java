package be.digibank.network;

import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Translated choices and form errors for the network's pages. */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.of(result, messages, locale);
	}

	List<Option> partnerTypes(Locale locale) {
		return Arrays.stream(PartnerType.values()).map(type -> new Option(type.name(), t("partnerType." + type.name(), locale)))
				.toList();
	}

	List<Option> locationKinds(Locale locale) {
		return Arrays.stream(LocationKind.values())
				.map(kind -> new Option(kind.name(), t("locationKind." + kind.name(), locale))).toList();
	}

	List<Option> weekdays(Locale locale) {
		return Arrays.stream(DayOfWeek.values())
				.map(day -> new Option(String.valueOf(day.getValue()), t("weekday." + day.getValue(), locale))).toList();
	}

	List<Option> exceptionKinds(Locale locale) {
		return List.of(new Option("CLOSED", t("exceptionKind.CLOSED", locale)),
				new Option("EXTRA", t("exceptionKind.EXTRA", locale)));
	}
}
