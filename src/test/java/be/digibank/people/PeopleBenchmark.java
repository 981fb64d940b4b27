package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PlannerStatistics;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.people.PeopleRepository.PersonData;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a regular test (its name does not end in Test, so the normal build skips it). Run with:
 *
 * <pre>
 * ./mvnw -q test -Dtest=PeopleBenchmark -Dspotless.check.skip=true -Dbench.persons=1000000
 * </pre>
 *
 * It generates {@code bench.persons} people (default 1,000,000) in one digibank, then measures the latency of the
 * typo-tolerant name search next to a trivial primary-key lookup in the same run, and the precision and recall of the
 * duplicate suggestions (top 5) on a generated set with known duplicates (typos, swapped names, accents, particles,
 * missing birth year). Results are printed and written to target/people-benchmark.txt.
 */
@DigibankTest
class PeopleBenchmark {

	static final String[] FIRST = ("Jan Piet Joris Korneel Marie Anna Els Sofie Lotte Emma Louis Lucas Noah Liam Arthur Jules Victor Finn Mila Olivia "
			+ "Nina Lina Fien Hanne Lisa Julie Sarah Laura Eva Ines Kurt Geert Dirk Luc Marc Patrick Eddy Rudi Johan Wim Hilde Greet Rita Linda "
			+ "Annemie Martine Christiane Josée José Céline Chloé Zoë Noémie Hélène André René Frédéric Jérôme Mohammed Ahmed Youssef Fatima Aicha "
			+ "Khadija Omar Ali Hassan Mehmet Ayse Emine Mustafa Elif Zeynep Piotr Katarzyna Agnieszka Tomasz Ion Elena Andrei Olena Dmytro Oksana "
			+ "Iryna Abdi Hodan Yonas Selam Amir Zahra Reza Ahmad Fatemeh Bram Wout Seppe Jef Staf Warre Roos Nore Jolien Kato Lien Tine Griet Fons "
			+ "Mieke Nele Bart Stijn Tom Koen Kris Filip Peter Paul").split(" ");
	static final String[] ROOT = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Dubois Lambert Dupont Martin Simon Laurent "
			+ "Hermans Aerts Smets Stevens Pauwels Michiels Hendrickx Verstraeten Lemmens Desmet Cools Wuyts Segers Thys Leclercq Verhoeven Baert "
			+ "Mahieu Vermeulen Bogaert Claeys Coppens Jansen Martens Declercq Cuypers Daems Bosmans Engelen Geerts Heylen Huybrechts Lenaerts "
			+ "Luyten Nijs Pieters Renders Schepers Sels Timmermans Vandamme Verbeke Vos Wellens Amrani Benali Haddou Bouzid Idrissi Yilmaz Kaya "
			+ "Demir Sahin Celik Ozturk Aydin Nowak Kowalski Wisniewski Popescu Ionescu Shevchenko Bondarenko Kovalenko Tesfaye Haile Abdullahi "
			+ "Hussein Mohammadi Hosseini Karimi Broeck Berg Velde Acker Linden Bossche Poel Steen Heuvel Dijck Straeten Wijngaerden Hoeck Eynde "
			+ "Bulcke Damme Kerckhove Put Meulebroeck Moortel Gucht Avermaet Daele Roy Lierde Rompuy Laere Geyte Stappen Hecke").split(" ");
	static final String[] PREFIX = {"", "", "", "", "", "Van ", "De ", "Van den ", "Van der ", "Vande"};
	static final String[] SUFFIX = {"", "", "", "", "s", "e", "x"};

	static final int CHUNK = 20_000;

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Environment environment;
	@Autowired
	PeopleRepository people;
	@Autowired
	PeopleDesk desk;

	@Test
	void searchLatencyAndDuplicateQuality() throws Exception {
		int persons = Integer.getInteger("bench.persons", 1_000_000);
		Random random = new Random(20261127);
		Tenant tenant = data.tenant();
		DigibankId digibank = tenant.digibank();
		StringBuilder report = new StringBuilder();

		long started = System.nanoTime();
		String sql = """
				insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode)
				select gen_random_uuid(), '%s', f[1 + floor(random() * array_length(f, 1))::int],
				       p[1 + floor(random() * array_length(p, 1))::int] || r[1 + floor(random() * array_length(r, 1))::int]
				       || s[1 + floor(random() * array_length(s, 1))::int],
				       1930 + floor(random() * 80)::int, '3700'
				from generate_series(1, %d), (select %s as f, %s as p, %s as r, %s as s) names
				""";
		// in chunks, so that no statement comes near the JDBC socket timeout (30 s)
		for (int done = 0; done < persons; done += CHUNK) {
			jdbc.sql(sql.formatted(digibank, Math.min(CHUNK, persons - done), array(FIRST), array(PREFIX), array(ROOT), array(SUFFIX))).update();
		}
		PlannerStatistics.gather(environment, "people.person", "people.name_word");
		long generated = System.nanoTime() - started;
		int distinct = jdbc.sql("select count(distinct name_key) from people.person where digibank_id = ?").param(digibank.value())
				.query(Integer.class).single();
		line(report, "generated %,d persons (%,d distinct names) in %.1f s", persons, distinct, generated / 1e9);

		List<String[]> sample = jdbc
				.sql("select id::text, first_name, last_name from people.person where digibank_id = ? order by random() limit 1100")
				.param(digibank.value()).query((rs, row) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
		for (double threshold : new double[]{0.3, PeopleDesk.SEARCH_THRESHOLD, 0.5}) {
			measure(report, random, digibank, sample, threshold);
		}
		fallback(report, random, digibank, sample);

		quality(report, random);
		LoggerFactory.getLogger("bench").info("\n{}", report);
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/people-benchmark.txt"), report.toString());
		assertThat(report).contains("p95");
	}

	void measure(StringBuilder report, Random random, DigibankId digibank, List<String[]> sample, double threshold) {
		searches(report, digibank, sample, threshold, "name search, similarity threshold %.2f (typo in first name, top 20)".formatted(threshold),
				(person, i) -> typo(random, person[1]) + " " + person[2]);
	}

	/**
	 * Searches that nobody answers with a near word for every typed word, so the fallback of ADR 012 does: a second first
	 * name the person does not have ("Jan Karel Peeters"), or the last name typed as two words ("Jan Her Mans").
	 */
	void fallback(StringBuilder report, Random random, DigibankId digibank, List<String[]> sample) {
		searches(report, digibank, sample, PeopleDesk.SEARCH_THRESHOLD,
				"fallback name search, threshold %.2f (an extra first name, or the last name typed as two words; top 20)"
						.formatted(PeopleDesk.SEARCH_THRESHOLD),
				(person, i) -> {
					String last = person[2].replace(" ", "");
					return i % 2 == 0 || last.length() < 6
							? person[1] + " Karel " + person[2]
							: person[1] + " " + last.substring(0, 3) + " " + last.substring(3);
				});
		// the last stage: two typed words of which the person has one; answered only for words few people have, so at a
		// million, where every last name is shared by hundreds, this measures what the refusal costs more than what it finds
		searches(report, digibank, sample, PeopleDesk.SEARCH_THRESHOLD,
				"name search with a first name nobody has (only the last name matches; answered when at most %,d people have it), threshold %.2f"
						.formatted(PeopleRepository.ONE_WORD_CAP, PeopleDesk.SEARCH_THRESHOLD),
				(person, i) -> "Zwaantje " + person[2]);
	}

	/** 1,100 searches (the first 100 warm up), each next to a primary-key lookup of the person searched for. */
	void searches(StringBuilder report, DigibankId digibank, List<String[]> sample, double threshold, String label,
			BiFunction<String[], Integer, String> typedFor) {
		List<Long> search = new ArrayList<>();
		List<Long> lookup = new ArrayList<>();
		int found = 0;
		for (int i = 0; i < sample.size(); i++) {
			String[] person = sample.get(i);
			String typed = typedFor.apply(person, i);
			long t0 = System.nanoTime();
			List<PeopleRepository.Candidate> hits = people.similarNames(digibank, NameKey.of(typed), null, 20, threshold,
					PeopleRepository.Reach.COUNTER_SEARCH);
			long t1 = System.nanoTime();
			people.find(digibank, new PersonId(UUID.fromString(person[0])));
			long t2 = System.nanoTime();
			if (i >= 100) {
				search.add(t1 - t0);
				lookup.add(t2 - t1);
				if (hits.stream()
						.anyMatch(c -> NameKey.of(person[1], person[2], "").equals(NameKey.of(c.person().firstName(), c.person().lastName(), "")))) {
					found++;
				}
			}
		}
		line(report, "%s, %d queries: %s; the person was among the hits in %d", label, search.size(), percentiles(search), found);
		line(report, "  ceiling: primary-key lookup of one person, same loop: %s", percentiles(lookup));
	}

	/** Precision and recall of the top-5 suggestions on generated people with known duplicates. */
	void quality(StringBuilder report, Random random) {
		Tenant tenant = data.tenant();
		Actor actor = tenant.coordinator();
		int base = Integer.getInteger("bench.base", 2000);
		List<PersonData> originals = new ArrayList<>();
		List<PersonId> ids = new ArrayList<>();
		for (int i = 0; i < base; i++) {
			PersonData person = person(random);
			originals.add(person);
			ids.add(desk.register(asCoordinator(actor), person, List.of()));
		}
		int duplicates = base / 4;
		int newcomers = base / 4;
		int truePositives = 0;
		int shown = 0;
		int topOneRight = 0;
		int queriesWithSuggestions = 0;
		for (int i = 0; i < duplicates; i++) {
			int index = random.nextInt(base);
			PersonData variant = variant(random, originals.get(index));
			List<PeopleViews.PersonRow> suggestions = desk.suggestions(actor, variant, null);
			shown += suggestions.size();
			UUID expected = ids.get(index).value();
			if (suggestions.stream().anyMatch(row -> row.id().equals(expected))) {
				truePositives++;
			}
			if (!suggestions.isEmpty()) {
				queriesWithSuggestions++;
				if (suggestions.getFirst().id().equals(expected)) {
					topOneRight++;
				}
			}
		}
		int falseAlarms = 0;
		for (int i = 0; i < newcomers; i++) {
			List<PeopleViews.PersonRow> suggestions = desk.suggestions(actor, person(random), null);
			shown += suggestions.size();
			falseAlarms += suggestions.isEmpty() ? 0 : 1;
		}
		line(report,
				"duplicate suggestions on %d people: %d registrations of a known person (typo, swapped names, accents, particles, no birth year), "
						+ "%d new people",
				base, duplicates, newcomers);
		line(report, "recall (true person among the top 5): %.3f", truePositives / (double) duplicates);
		line(report, "precision (suggestions shown that are the true person): %.3f (%d of %d)", truePositives / (double) Math.max(1, shown),
				truePositives, shown);
		line(report, "precision of the first suggestion: %.3f; new people who got any suggestion: %d of %d",
				topOneRight / (double) Math.max(1, queriesWithSuggestions), falseAlarms, newcomers);
	}

	static Actor asCoordinator(Actor actor) {
		return actor;
	}

	static PersonData person(Random random) {
		String first = FIRST[random.nextInt(FIRST.length)];
		String last = PREFIX[random.nextInt(PREFIX.length)] + ROOT[random.nextInt(ROOT.length)] + SUFFIX[random.nextInt(SUFFIX.length)];
		Integer year = random.nextInt(10) == 0 ? null : 1930 + random.nextInt(80);
		return new PersonData(first, last, "", year, null, "NOT_GIVEN", "3700", "nl", "", "", "", false, "", List.of(), "");
	}

	static PersonData variant(Random random, PersonData original) {
		String first = original.firstName();
		String last = original.lastName();
		Integer year = original.birthYear();
		switch (random.nextInt(6)) {
			case 0 -> last = typo(random, last);
			case 1 -> first = typo(random, first);
			case 2 -> {
				String swap = first;
				first = last;
				last = swap;
			}
			case 3 -> {
				first = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
				last = typo(random, last);
			}
			case 4 -> last = last.contains(" ") ? last.replace(" ", "") : last.toUpperCase();
			default -> year = null;
		}
		return new PersonData(first, last, "", year, null, "NOT_GIVEN", "3700", "nl", "", "", "", false, "", List.of(), "");
	}

	static String typo(Random random, String word) {
		if (word.length() < 4) {
			return word;
		}
		int at = 1 + random.nextInt(word.length() - 2);
		return switch (random.nextInt(3)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
			default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
		};
	}

	static String array(String[] values) {
		return Arrays.stream(values).map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(",", "array[", "]::text[]"));
	}

	static String percentiles(List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
				sorted.getLast() / 1e6);
	}

	static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	static void line(StringBuilder report, String format, Object... arguments) {
		report.append(String.format(format, arguments)).append('\n');
	}
}
