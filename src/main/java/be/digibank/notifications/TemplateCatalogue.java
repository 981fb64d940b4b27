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

	/**
	 * Placeholders the application words itself from another value, in the language of the message (plural rules, see
	 * {@link PluralWording}): a template may use them, a publisher never supplies them.
	 */
	static final Map<String, String> DERIVED = Map.of("daysOverdueText", "daysOverdue");

	/** Typical values: the preview shows them and the SMS length is checked with them. */
	static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("name", "Fatima El Amrani"),
			Map.entry("device", "Lenovo ThinkPad T480 (DB-000042)"), Map.entry("deviceType", "laptop"), Map.entry("devices", "15 laptops"),
			Map.entry("location", "Bibliotheek Tongeren"), Map.entry("until", "12/12/2026"), Map.entry("dueDate", "12/12/2026"),
			Map.entry("daysOverdue", "7"), Map.entry("daysOverdueText", "7 dagen"), Map.entry("from", "1/12/2026"), Map.entry("to", "5/12/2026"));

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
		keys.put("lending.overdue", List.of("name", "device", "dueDate", "daysOverdue", "daysOverdueText", "location"));
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

	/** The values a publisher must supply: every placeholder but the derived ones. */
	Set<String> requiredOf(String key) {
		return Set.copyOf(suppliedOf(key));
	}

	/** The placeholders a publisher (or staff sending by hand) fills, in order. */
	List<String> suppliedOf(String key) {
		return orderedPlaceholdersOf(key).stream().filter(name -> !DERIVED.containsKey(name)).toList();
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

	/** Example values (in Dutch; {@link Templates#examples} words the derived ones in the preview's language). */
	Map<String, String> examples(String key) {
		Map<String, String> values = new LinkedHashMap<>();
		orderedPlaceholdersOf(key).forEach(name -> values.put(name, EXAMPLES.getOrDefault(name, name)));
		return values;
	}
}
