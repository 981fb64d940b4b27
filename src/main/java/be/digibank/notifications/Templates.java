package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import org.springframework.stereotype.Component;

/** The wording in force for a digibank: its own where a coordinator changed it, the shipped default otherwise. */
@Component
class Templates {

	private final TemplateCatalogue catalogue;
	private final PreferenceRepository repository;
	private final PluralWording wording;

	Templates(TemplateCatalogue catalogue, PreferenceRepository repository, PluralWording wording) {
		this.catalogue = catalogue;
		this.repository = repository;
		this.wording = wording;
	}

	/** The wording in force filled with a message's values, counted words worded in that language. */
	MessageTemplate filled(DigibankId digibank, String key, String language, java.util.Map<String, String> values) {
		return current(digibank, key, language).fill(wording.complete(values, TemplateCatalogue.language(language)));
	}

	/** Example values for a template's preview in a language, with its counted words. */
	java.util.Map<String, String> examples(String key, String language) {
		return wording.complete(catalogue.examples(key), TemplateCatalogue.language(language));
	}

	MessageTemplate current(DigibankId digibank, String key, String language) {
		String chosen = TemplateCatalogue.language(language);
		return repository.template(digibank, key, chosen).orElseGet(() -> catalogue.shipped(key, chosen));
	}
}
