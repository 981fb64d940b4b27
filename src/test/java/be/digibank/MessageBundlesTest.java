package be.digibank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch is the reference: French and English have exactly its keys, and every key a template uses exists. */
class MessageBundlesTest {

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	@ParameterizedTest
	@ValueSource(strings = {"fr", "en"})
	void translationsHaveExactlyTheDutchKeys(String language) throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path dutch : files.filter(file -> !file.getFileName().toString().contains("_")).toList()) {
				String base = dutch.getFileName().toString().replace(".properties", "");
				Path translation = BUNDLES.resolve(base + "_" + language + ".properties");
				assertThat(translation).exists();
				assertThat(keys(translation)).as(translation.toString()).isEqualTo(keys(dutch));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "_fr", "_en"})
	void noTranslationIsEmpty(String suffix) throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties")).toList()) {
				Properties properties = load(file);
				properties.forEach((key, value) -> assertThat(value.toString().strip()).as(file + " " + key).isNotEmpty());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"src/main/jte", "src/main/java"})
	void everyLiteralKeyUsedExists(String root) throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				known.addAll(keys(file));
			}
		}
		Pattern used = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"[,)]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of(root))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = used.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + file);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Set<String> keys(Path file) throws IOException {
		Set<String> keys = new TreeSet<>();
		load(file).keySet().forEach(key -> keys.add(key.toString()));
		return keys;
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
