package be.digibank.notifications;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The messages other modules may ask for, with their placeholders, example values for the preview, and the wording
 * shipped with the application (notifications/default-templates*.properties; Dutch is authoritative). A digibank's own
 * wording, if any, replaces the default one language at a time.
 */
@Component
class TemplateCatalogue {

	/** Languages that have their own wording; a person with any other language gets Dutch. */
	static final List<String> LANGUAGES = List.of("nl", "fr", "en");

	static final Map<String, List<String>> PLACEHOLDERS = placeholders();

	/** Typical values: the preview shows them and the SMS length is checked with them. */
	static final Map<String, String> EXAMPLES = Map.of("name", "Fatima El Amrani", "device", "Lenovo ThinkPad T480 (DB-000042)", "deviceType",
			"laptop", "devices", "15 laptops", "location", "Bibliotheek Tongeren", "until", "12/12/2026", "dueDate", "12/12/2026", "daysOverdue",
			"7", "from", "1/12/2026", "to", "5/12/2026");

	private final Map<String, Properties> defaults = new LinkedHashMap<>();

	TemplateCatalogue() {
		for (String language : LANGUAGES) {
			defaults.put(language, load("nl".equals(language)
					? "notifications/default-templates.properties"
					: "notifications/default-templates_" + language + ".properties"));
		}
	}

	private static Map<String, List<String>> placeholders() {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		keys.put("lending.pickup-ready", List.of("name", "device", "location", "until"));
		keys.put("lending.due-soon", List.of("name", "device", "dueDate", "location"));
		keys.put("lending.overdue", List.of("name", "device", "dueDate", "daysOverdue", "location"));
		keys.put("lending.offer", List.of("name", "deviceType", "location", "until"));
		keys.put("lending.reservation-confirmed", List.of("name", "devices", "from", "to", "location"));
		keys.put("lending.manual-reminder", List.of("name", "device", "dueDate", "location"));
		return Map.copyOf(keys);
	}

	private static Properties load(String path) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
		return properties;
	}

	/** The template keys in a stable order, for lists and pickers. */
	List<String> keys() {
		return PLACEHOLDERS.keySet().stream().sorted().toList();
	}

	boolean knows(String key) {
		return PLACEHOLDERS.containsKey(key);
	}

	Set<String> placeholdersOf(String key) {
		return Set.copyOf(PLACEHOLDERS.getOrDefault(key, List.of()));
	}

	List<String> orderedPlaceholdersOf(String key) {
		return PLACEHOLDERS.getOrDefault(key, List.of());
	}

	/** The wording shipped with the application; the language must be one of {@link #LANGUAGES}. */
	MessageTemplate shipped(String key, String language) {
		Properties texts = defaults.get(language(language));
		return new MessageTemplate(texts.getProperty(key + ".sms"), texts.getProperty(key + ".subject"), texts.getProperty(key + ".email"),
				texts.getProperty(key + ".letter"));
	}

	/** The language a person gets their messages in: their own if we have wording for it, Dutch otherwise. */
	static String language(String personLanguage) {
		return LANGUAGES.contains(personLanguage) ? personLanguage : "nl";
	}

	Map<String, String> examples(String key) {
		Map<String, String> values = new LinkedHashMap<>();
		orderedPlaceholdersOf(key).forEach(name -> values.put(name, EXAMPLES.getOrDefault(name, name)));
		return values;
	}
}
