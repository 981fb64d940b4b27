package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.security.Actor;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Translated choices and form errors for the request, waiting-list and reservation pages. */
@Component
class RequestLabels {

	private final MessageSource messages;
	private final Network network;

	RequestLabels(MessageSource messages, Network network) {
		this.messages = messages;
		this.network = network;
	}

	String t(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.of(result, messages, locale);
	}

	List<Option> categories(Locale locale) {
		return Request.CATEGORIES.stream().map(c -> new Option(c.name(), t("deviceCategory." + c.name(), locale))).toList();
	}

	List<Option> locations(Actor actor) {
		return network.locations(actor.tenant()).stream().filter(LocationSummary::active)
				.map(location -> new Option(location.id().toString(), location.name())).toList();
	}

	static @org.jspecify.annotations.Nullable DeviceCategory category(String text) {
		for (DeviceCategory category : Request.CATEGORIES) {
			if (category.name().equals(text)) {
				return category;
			}
		}
		return null;
	}
}
