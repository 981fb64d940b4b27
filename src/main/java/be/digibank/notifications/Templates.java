package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import org.springframework.stereotype.Component;

/** The wording in force for a digibank: its own where a coordinator changed it, the shipped default otherwise. */
@Component
class Templates {

	private final TemplateCatalogue catalogue;
	private final PreferenceRepository repository;

	Templates(TemplateCatalogue catalogue, PreferenceRepository repository) {
		this.catalogue = catalogue;
		this.repository = repository;
	}

	MessageTemplate current(DigibankId digibank, String key, String language) {
		String chosen = TemplateCatalogue.language(language);
		return repository.template(digibank, key, chosen).orElseGet(() -> catalogue.shipped(key, chosen));
	}
}
