package be.digibank.inventory;

import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Translated choices and form errors for the device bank's pages. */
@Component
class InventoryLabels {

	private final MessageSource messages;

	InventoryLabels(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.of(result, messages, locale);
	}

	<E extends Enum<E>> List<Option> options(Class<E> type, String prefix, Locale locale) {
		return Arrays.stream(type.getEnumConstants()).map(value -> new Option(value.name(), t(prefix + value.name(), locale)))
				.toList();
	}

	List<Option> storageTypes(Locale locale) {
		return List.of("HDD", "SSD", "NVME", "EMMC", "NONE").stream()
				.map(value -> new Option(value, t("storageType." + value, locale))).toList();
	}

	List<Option> grades(Locale locale) {
		return List.of("A", "B", "C").stream().map(value -> new Option(value, t("grade." + value, locale))).toList();
	}
}
