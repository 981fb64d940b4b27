package be.digibank.people;

import be.digibank.people.EligibilityRules.Override;
import be.digibank.people.EligibilityRules.Proof;
import be.digibank.people.EligibilityRules.Requirement;
import be.digibank.people.PeopleViews.Choice;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** SQL of the people register. Every query names the digibank. */
@Repository
class PeopleRepository {

	private static final String PERSON_COLUMNS = """
			id, digibank_id, first_name, last_name, nickname, birth_year, birth_date, gender, postcode, language, phone, email, address,
			no_contact, found_via, devices, note, registered_at, version""";

	/** Trigram similarity of a typed word to a word of the dictionary that makes it a near word. */
	static final double WORD_THRESHOLD = 0.5;

	/** At most this many people with one typed word are ranked when they lack the other one (see similarNames). */
	static final int ONE_WORD_CAP = 1000;

	private final JdbcClient jdbc;

	PeopleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored person. */
	record Person(PersonId id, DigibankId digibankId, String firstName, String lastName, String nickname, @Nullable Integer birthYear,
			@Nullable LocalDate birthDate, String gender, String postcode, String language, String phone, String email, String address,
			boolean noContact, String foundVia, List<String> devices, String note, Instant registeredAt, int version) {

		String displayName() {
			String full = (firstName + " " + lastName).strip();
			if (full.isEmpty()) {
				return nickname;
			}
			return nickname.isEmpty() ? full : full + " (" + nickname + ")";
		}
	}

	/** What is written for a new or changed person, already validated and normalised. */
	record PersonData(String firstName, String lastName, String nickname, @Nullable Integer birthYear, @Nullable LocalDate birthDate,
			String gender, String postcode, String language, String phone, String email, String address, boolean noContact, String foundVia,
			List<String> devices, String note) {
	}

	/**
	 * How far a name search reaches. The counter's search also ranks the people who have one of two typed words when few
	 * people have it ("Jan Vandenbroecke" finds "Johannes Vandenbroecke"); the duplicate check while registering does not:
	 * on the benchmark's evaluation that stage added suggestions for new people (precision 0.957–0.963 against 0.972–0.975
	 * without it) and found no duplicate more.
	 */
	enum Reach {
		COUNTER_SEARCH, DUPLICATE_CHECK
	}

	/** A candidate from the name index, with the facts the duplicate score needs. */
	record Candidate(Person person, double nameSimilarity) {
	}

	void insert(PersonId id, DigibankId digibank, PersonData data, StaffAccountId by, Instant at) {
		jdbc.sql("""
				insert into people.person (id, digibank_id, first_name, last_name, nickname, birth_year, birth_date, gender, postcode, language,
				    phone, email, address, no_contact, found_via, devices, note, registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id.value()).param(digibank.value()).param(data.firstName()).param(data.lastName()).param(data.nickname())
				.param(data.birthYear()).param(data.birthDate()).param(data.gender()).param(data.postcode()).param(data.language())
				.param(data.phone()).param(data.email()).param(data.address()).param(data.noContact()).param(data.foundVia())
				.param(String.join(",", data.devices())).param(data.note()).param(by.value()).param(Timestamp.from(at)).update();
	}

	void update(DigibankId digibank, PersonId id, int version, PersonData data) {
		int changed = jdbc.sql("""
				update people.person set first_name = ?, last_name = ?, nickname = ?, birth_year = ?, birth_date = ?, gender = ?, postcode = ?,
				    language = ?, phone = ?, email = ?, address = ?, no_contact = ?, found_via = ?, devices = ?, note = ?, version = version + 1
				where digibank_id = ? and id = ? and version = ?
				""").param(data.firstName()).param(data.lastName()).param(data.nickname()).param(data.birthYear()).param(data.birthDate())
				.param(data.gender()).param(data.postcode()).param(data.language()).param(data.phone()).param(data.email()).param(data.address())
				.param(data.noContact()).param(data.foundVia()).param(String.join(",", data.devices())).param(data.note()).param(digibank.value())
				.param(id.value()).param(version).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("person " + id + " changed");
		}
	}

	Optional<Person> find(DigibankId digibank, PersonId id) {
		return jdbc.sql("select " + PERSON_COLUMNS + " from people.person where digibank_id = ? and id = ?").param(digibank.value())
				.param(id.value()).query(PeopleRepository::person).optional();
	}

	Optional<Person> findForUpdate(DigibankId digibank, PersonId id) {
		return jdbc.sql("select " + PERSON_COLUMNS + " from people.person where digibank_id = ? and id = ? for update").param(digibank.value())
				.param(id.value()).query(PeopleRepository::person).optional();
	}

	/**
	 * People whose name key is similar to the query (typos, swapped names, accents, particles), best first, with a
	 * similarity of at least {@code threshold}. First the words near each typed word are looked up in the digibank's small
	 * dictionary of name words (trigram similarity, or an edit distance of 1 for short and 2 for longer words); then only
	 * the people who have a near word for every typed word are read (GIN index on the words of the key) and ranked. When
	 * that finds nobody for two or more typed words, the dictionary answers the usual reasons why (ADR 012): two typed
	 * words that are one word in the register ("El Amrani" for "Elamrani"), one typed word that is two ("Elamrani" for "El
	 * Amrani"), or, with three or more typed words, one the person lacks; still through the word index, so it stays fast at
	 * a million persons. Merged records are never found.
	 */
	@Transactional
	List<Candidate> similarNames(DigibankId digibank, String nameKey, @Nullable Integer birthYear, int limit, double threshold, Reach reach) {
		List<String> typed = Arrays.stream(nameKey.split(" ")).filter(word -> !word.isEmpty()).distinct().limit(4).toList();
		if (typed.isEmpty()) {
			return List.of();
		}
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(String.valueOf(WORD_THRESHOLD)).query(String.class).single();
		List<String> near = typed.stream().map(word -> String.join(" ", nearWords(digibank, word))).toList();
		WordQuery every = new WordQuery();
		every.alternative(near.stream().map(words -> every.overlaps(words)).toList());
		List<Candidate> found = byWords(digibank, nameKey, birthYear, limit, threshold, every);
		if (!found.isEmpty() || typed.size() < 2) {
			return found;
		}
		// the fallback's statements get a plan each: they are the same text for every name of a shape, and a cached generic
		// plan of their alternatives cannot know how few people have the given words, so it read the whole digibank (1.6 s at
		// a million). The word search above keeps cached plans: PostgreSQL itself keeps choosing custom ones for it, and
		// forcing them cost a planning per statement on the counter's most frequent search.
		jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
		found = byWords(digibank, nameKey, birthYear, limit, threshold, fallback(digibank, typed, near));
		if (!found.isEmpty() || typed.size() != 2 || reach == Reach.DUPLICATE_CHECK) {
			return found;
		}
		// two typed words and nobody has both: the person may have only one of them ("Jan Vandenbroecke" for "Johannes
		// Vandenbroecke"). Asked per word, and only for words few people have (the dictionary counts them): for a common
		// one ("Jan") the top 20 by similarity would need reading thousands of people, and would mostly show strangers.
		List<Candidate> withOne = new ArrayList<>();
		for (String words : near) {
			withOne.addAll(withOneWord(digibank, nameKey, birthYear, limit, threshold, words));
		}
		return withOne.stream().collect(Collectors.toMap(candidate -> candidate.person().id(), candidate -> candidate, (a, b) -> a,
				LinkedHashMap::new)).values().stream().sorted(Comparator.comparingDouble(Candidate::nameSimilarity).reversed()).limit(limit)
				.toList();
	}

	/**
	 * People who have one of the given words, ranked by similarity; nobody when the dictionary counts more than
	 * {@value #ONE_WORD_CAP} people with them (read first, so a common word costs one small query).
	 */
	private List<Candidate> withOneWord(DigibankId digibank, String nameKey, @Nullable Integer birthYear, int limit, double threshold,
			String words) {
		long having = jdbc.sql("select coalesce(sum(people), 0) from people.name_word where digibank_id = ? and word = any(string_to_array(?, ' '))")
				.param(digibank.value()).param(words).query(Long.class).single();
		if (having == 0 || having > ONE_WORD_CAP) {
			return List.of();
		}
		WordQuery one = new WordQuery();
		one.alternative(List.of(one.overlaps(words)));
		return byWords(digibank, nameKey, birthYear, limit, threshold, one);
	}

	/**
	 * The other ways a name may be written, each still a handful of words looked up in the word index. Two questions to the
	 * dictionary (for all typed words at once, through its index on the first letter and length), then one to the people.
	 */
	private WordQuery fallback(DigibankId digibank, List<String> typed, List<String> near) {
		WordQuery query = new WordQuery();
		// two typed words that are one in the register, in either order (the key sorts its words); exact or up to two typos
		List<String> glued = new ArrayList<>();
		for (int i = 0; i < typed.size(); i++) {
			for (int j = 0; j < typed.size(); j++) {
				if (i != j) {
					glued.add(typed.get(i) + typed.get(j));
				}
			}
		}
		Map<String, List<String>> gluedNear = grouped(jdbc.sql("""
				select g.glued, w.word from unnest(cast(:glued as text[])) as g(glued)
				join people.name_word w on w.digibank_id = :digibank and left(w.word, 1) = left(g.glued, 1)
				     and length(w.word) between length(g.glued) - 2 and length(g.glued) + 2
				where levenshtein_less_equal(w.word, g.glued, 2) <= 2
				""").param("glued", glued.toArray(String[]::new)).param("digibank", digibank.value())
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list());
		for (int i = 0; i < typed.size(); i++) {
			for (int j = i + 1; j < typed.size(); j++) {
				List<String> words = new ArrayList<>(gluedNear.getOrDefault(typed.get(i) + typed.get(j), List.of()));
				words.addAll(gluedNear.getOrDefault(typed.get(j) + typed.get(i), List.of()));
				if (!words.isEmpty()) {
					List<String> conditions = new ArrayList<>(List.of(query.overlaps(String.join(" ", words))));
					for (int k = 0; k < typed.size(); k++) {
						if (k != i && k != j) {
							conditions.add(query.overlaps(near.get(k)));
						}
					}
					query.alternative(conditions);
				}
			}
		}
		// one typed word that is two in the register: a word of the dictionary at its start, the rest (or nearly) another
		Map<String, List<String>> halves = grouped(jdbc.sql("""
				select t.typed, head.word || ' ' || tail.word from unnest(cast(:typed as text[])) as t(typed)
				join people.name_word head on head.digibank_id = :digibank and left(head.word, 1) = left(t.typed, 1)
				     and length(head.word) between 2 and length(t.typed) - 2 and left(t.typed, length(head.word)) = head.word
				join people.name_word tail on tail.digibank_id = :digibank and left(tail.word, 1) = substr(t.typed, length(head.word) + 1, 1)
				     and length(tail.word) between length(t.typed) - length(head.word) - 1 and length(t.typed) - length(head.word) + 1
				where levenshtein_less_equal(tail.word, substr(t.typed, length(head.word) + 1), 1) <= 1
				""").param("typed", typed.toArray(String[]::new)).param("digibank", digibank.value())
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list());
		for (int i = 0; i < typed.size(); i++) {
			List<String> pairs = halves.getOrDefault(typed.get(i), List.of());
			if (!pairs.isEmpty()) {
				List<String> conditions = new ArrayList<>(
						List.of(pairs.stream().limit(20).map(query::contains).collect(Collectors.joining(" or ", "(", ")"))));
				for (int k = 0; k < typed.size(); k++) {
					if (k != i) {
						conditions.add(query.overlaps(near.get(k)));
					}
				}
				query.alternative(conditions);
			}
		}
		// a typed word the person lacks (a second first name); with two typed words the one left would read too many people
		if (typed.size() >= 3) {
			for (int left = 0; left < typed.size(); left++) {
				List<String> conditions = new ArrayList<>();
				for (int k = 0; k < typed.size(); k++) {
					if (k != left) {
						conditions.add(query.overlaps(near.get(k)));
					}
				}
				query.alternative(conditions);
			}
		}
		return query;
	}

	private static Map<String, List<String>> grouped(List<Map.Entry<String, String>> pairs) {
		return pairs.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Words of the digibank's dictionary near a typed word, and the typed word itself. */
	private List<String> nearWords(DigibankId digibank, String word) {
		return jdbc.sql("""
				select word from people.name_word where digibank_id = :digibank and word % :word
				union
				select word from people.name_word
				where digibank_id = :digibank and left(word, 1) = left(:word, 1) and length(word) between length(:word) - 2 and length(:word) + 2
				  and levenshtein_less_equal(word, :word, 2) <= case when length(:word) <= 3 then 1 else 2 end
				union
				select cast(:word as text)
				""").param("digibank", digibank.value()).param("word", word).query(String.class)
				.list();
	}

	/**
	 * Conditions on the words of a name key that the GIN index on {@code string_to_array(name_key, ' ')} answers: a
	 * disjunction of alternatives, each a conjunction of "has one of these words" or "has all of these words".
	 */
	private static final class WordQuery {

		private final Map<String, String> parameters = new LinkedHashMap<>();
		private final List<String> alternatives = new ArrayList<>();

		String overlaps(String words) {
			return "string_to_array(name_key, ' ') && string_to_array(:" + parameter(words) + ", ' ')";
		}

		String contains(String words) {
			return "string_to_array(name_key, ' ') @> string_to_array(:" + parameter(words) + ", ' ')";
		}

		void alternative(List<String> conditions) {
			alternatives.add(String.join(" and ", conditions));
		}

		private String parameter(String value) {
			String name = "w" + parameters.size();
			parameters.put(name, value);
			return name;
		}
	}

	private List<Candidate> byWords(DigibankId digibank, String nameKey, @Nullable Integer birthYear, int limit, double threshold, WordQuery words) {
		if (words.alternatives.isEmpty()) {
			return List.of();
		}
		var statement = jdbc.sql("select " + PERSON_COLUMNS + """
				, similarity(name_key, :key) as score
				from people.person
				where digibank_id = :digibank and merged_into is null
				  and (""" + words.alternatives.stream().collect(Collectors.joining(") or (", "(", ")")) + """
				)
				  and similarity(name_key, :key) >= :threshold
				  and (cast(:year as int) is null or birth_year is null or birth_year = :year)
				order by score desc, name_key limit :limit
				""").param("key", nameKey).param("digibank", digibank.value()).param("year", birthYear).param("limit", limit)
				.param("threshold", threshold);
		for (var entry : words.parameters.entrySet()) {
			statement = statement.param(entry.getKey(), entry.getValue());
		}
		return statement.query((rs, row) -> new Candidate(person(rs, row), rs.getDouble("score"))).list();
	}

	List<Person> byPhoneOrEmail(DigibankId digibank, @Nullable String phone, @Nullable String email) {
		return jdbc.sql("select " + PERSON_COLUMNS + """
				 from people.person where digibank_id = :digibank and merged_into is null
				 and ((cast(:phone as text) <> '' and phone = :phone) or (cast(:email as text) <> '' and email = :email))
				order by registered_at limit 20
				""").param("digibank", digibank.value()).param("phone", phone == null ? "" : phone).param("email", email == null ? "" : email)
				.query(PeopleRepository::person).list();
	}

	List<Person> bornIn(DigibankId digibank, int year) {
		return jdbc
				.sql("select " + PERSON_COLUMNS
						+ " from people.person where digibank_id = ? and birth_year = ? and merged_into is null order by name_key limit 50")
				.param(digibank.value()).param(year).query(PeopleRepository::person).list();
	}

	double similarity(String a, String b) {
		return jdbc.sql("select similarity(?, ?)").param(a).param(b).query(Double.class).single();
	}

	// target groups and proof types: the digibank's own list, or the platform defaults

	List<Choice> targetGroups(DigibankId digibank) {
		return jdbc.sql("""
				select code, label, sensitive from people.target_group
				where active and (digibank_id = :d or (digibank_id is null and not exists (select 1 from people.target_group where digibank_id = :d)))
				order by position, code
				""").param("d", digibank.value())
				.query((rs, row) -> new Choice(rs.getString("code"), rs.getString("label"), rs.getBoolean("sensitive")))
				.list();
	}

	List<Choice> proofTypes(DigibankId digibank) {
		return jdbc.sql("""
				select code, label from people.proof_type
				where active and (digibank_id = :d or (digibank_id is null and not exists (select 1 from people.proof_type where digibank_id = :d)))
				order by position, code
				""").param("d", digibank.value()).query((rs, row) -> new Choice(rs.getString("code"), rs.getString("label"), true)).list();
	}

	List<String> targetGroupsOf(PersonId person) {
		return jdbc.sql("select code from people.person_target_group where person_id = ? order by code").param(person.value()).query(String.class)
				.list();
	}

	void replaceTargetGroups(PersonId person, List<String> codes) {
		jdbc.sql("delete from people.person_target_group where person_id = ?").param(person.value()).update();
		for (String code : codes) {
			jdbc.sql("insert into people.person_target_group (person_id, code) values (?, ?)").param(person.value()).param(code).update();
		}
	}

	// eligibility

	Requirement requirement(DigibankId digibank, Service service) {
		return jdbc.sql("select requirement from people.eligibility_rule where digibank_id = ? and service = ?").param(digibank.value())
				.param(service.name()).query(String.class).optional().map(Requirement::valueOf).orElse(EligibilityRules.defaultFor(service));
	}

	void setRequirement(DigibankId digibank, Service service, Requirement requirement) {
		jdbc.sql("""
				insert into people.eligibility_rule (digibank_id, service, requirement) values (?, ?, ?)
				on conflict (digibank_id, service) do update set requirement = excluded.requirement
				""").param(digibank.value()).param(service.name()).param(requirement.name()).update();
	}

	record StoredProof(UUID id, Proof proof, UUID checkedBy) {
	}

	List<StoredProof> proofs(DigibankId digibank, PersonId person) {
		return jdbc.sql("""
				select id, type_code, seen_on, valid_until, checked_by from people.eligibility_proof
				where digibank_id = ? and person_id = ? order by seen_on desc, recorded_at desc
				""").param(digibank.value()).param(person.value())
				.query((rs, row) -> new StoredProof(rs.getObject("id", UUID.class),
						new Proof(rs.getString("type_code"), rs.getObject("seen_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
						rs.getObject("checked_by", UUID.class)))
				.list();
	}

	void insertProof(UUID id, DigibankId digibank, PersonId person, Proof proof, StaffAccountId checkedBy, Instant at) {
		jdbc.sql("""
				insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id).param(digibank.value()).param(person.value()).param(proof.type()).param(proof.seenOn()).param(proof.validUntil())
				.param(checkedBy.value()).param(Timestamp.from(at)).update();
	}

	boolean deleteProof(DigibankId digibank, PersonId person, UUID proof) {
		return jdbc.sql("delete from people.eligibility_proof where digibank_id = ? and person_id = ? and id = ?").param(digibank.value())
				.param(person.value()).param(proof).update() == 1;
	}

	record StoredOverride(Service service, Override override, UUID decidedBy) {
	}

	List<StoredOverride> overrides(DigibankId digibank, PersonId person) {
		return jdbc.sql("""
				select service, eligible, reason, decided_at, valid_until, decided_by from people.eligibility_override
				where digibank_id = ? and person_id = ? order by decided_at desc
				""").param(digibank.value()).param(person.value())
				.query((rs, row) -> new StoredOverride(Service.valueOf(rs.getString("service")),
						new Override(rs.getBoolean("eligible"), rs.getString("reason"), rs.getTimestamp("decided_at").toInstant(),
								rs.getObject("valid_until", LocalDate.class)),
						rs.getObject("decided_by", UUID.class)))
				.list();
	}

	void insertOverride(UUID id, DigibankId digibank, PersonId person, Service service, Override override, StaffAccountId by) {
		jdbc.sql("""
				insert into people.eligibility_override (id, digibank_id, person_id, service, eligible, reason, decided_by, decided_at, valid_until)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id).param(digibank.value()).param(person.value()).param(service.name()).param(override.eligible()).param(override.reason())
				.param(by.value()).param(Timestamp.from(override.decidedAt())).param(override.validUntil()).update();
	}

	// the facts of an eligibility verdict for many persons at once, one statement each (ADR 015): a waiting list of
	// thousands asks them together, and the single verdict reads them the same way, so both can never differ

	/**
	 * The persons of the digibank among the given IDs, as {@link #find} reads them one by one; unknown IDs are left out.
	 */
	Map<PersonId, Person> findAll(DigibankId digibank, Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<PersonId, Person> found = new LinkedHashMap<>();
		jdbc.sql("select " + PERSON_COLUMNS + " from people.person where digibank_id = ? and id = any(?)").param(digibank.value())
				.param(uuids(ids)).query(PeopleRepository::person).list().forEach(person -> found.put(person.id(), person));
		return found;
	}

	/** Which of the given IDs are persons of the digibank (merged records included, as {@link #find} finds them). */
	Set<PersonId> existing(DigibankId digibank, Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("select id from people.person where digibank_id = ? and id = any(?)").param(digibank.value()).param(uuids(ids))
				.query(UUID.class).list().stream().map(PersonId::new).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Proofs per person, each person's in the order of {@link #proofs}: the rule picks the first of equal proofs. */
	Map<PersonId, List<Proof>> proofsOf(DigibankId digibank, Collection<PersonId> persons) {
		Map<PersonId, List<Proof>> proofs = new HashMap<>();
		if (persons.isEmpty()) {
			return proofs;
		}
		jdbc.sql("""
				select person_id, type_code, seen_on, valid_until from people.eligibility_proof
				where digibank_id = ? and person_id = any(?) order by person_id, seen_on desc, recorded_at desc
				""").param(digibank.value()).param(uuids(persons)).query(rs -> {
			proofs.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), id -> new ArrayList<>())
					.add(new Proof(rs.getString("type_code"), rs.getObject("seen_on", LocalDate.class),
							rs.getObject("valid_until", LocalDate.class)));
		});
		return proofs;
	}

	/** Overrides of one service per person, latest decision first. */
	Map<PersonId, List<Override>> overridesOf(DigibankId digibank, Collection<PersonId> persons, Service service) {
		Map<PersonId, List<Override>> overrides = new HashMap<>();
		if (persons.isEmpty()) {
			return overrides;
		}
		jdbc.sql("""
				select person_id, eligible, reason, decided_at, valid_until from people.eligibility_override
				where digibank_id = ? and person_id = any(?) and service = ? order by person_id, decided_at desc
				""").param(digibank.value()).param(uuids(persons)).param(service.name()).query(rs -> {
			overrides.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), id -> new ArrayList<>())
					.add(new Override(rs.getBoolean("eligible"), rs.getString("reason"), rs.getTimestamp("decided_at").toInstant(),
							rs.getObject("valid_until", LocalDate.class)));
		});
		return overrides;
	}

	/** The services of the accepted (or completed) referrals per person. */
	Map<PersonId, List<ReferralService>> acceptedReferralsOf(DigibankId digibank, Collection<PersonId> persons) {
		Map<PersonId, List<ReferralService>> referrals = new HashMap<>();
		if (persons.isEmpty()) {
			return referrals;
		}
		jdbc.sql("""
				select person_id, service from people.referral
				where digibank_id = ? and person_id = any(?) and status in ('ACCEPTED', 'COMPLETED')
				""").param(digibank.value()).param(uuids(persons)).query(rs -> {
			referrals.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), id -> new ArrayList<>())
					.add(ReferralService.valueOf(rs.getString("service")));
		});
		return referrals;
	}

	private static UUID[] uuids(Collection<PersonId> persons) {
		return persons.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
	}

	// consent

	record StoredConsent(UUID id, String purpose, String partnerName, String channel, Instant givenAt, UUID givenBy, @Nullable Instant withdrawnAt,
			@Nullable UUID withdrawnBy) {
	}

	List<StoredConsent> consents(DigibankId digibank, PersonId person) {
		return jdbc.sql("""
				select id, purpose, partner_name, channel, given_at, given_by, withdrawn_at, withdrawn_by from people.consent
				where digibank_id = ? and person_id = ? order by given_at desc
				""").param(digibank.value()).param(person.value())
				.query((rs, row) -> new StoredConsent(rs.getObject("id", UUID.class), rs.getString("purpose"), rs.getString("partner_name"),
						rs.getString("channel"), rs.getTimestamp("given_at").toInstant(), rs.getObject("given_by", UUID.class),
						rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
						rs.getObject("withdrawn_by", UUID.class)))
				.list();
	}

	void insertConsent(UUID id, DigibankId digibank, PersonId person, String purpose, String partnerName, String channel, StaffAccountId by,
			Instant at) {
		jdbc.sql("""
				insert into people.consent (id, digibank_id, person_id, purpose, partner_name, channel, given_at, given_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id).param(digibank.value()).param(person.value()).param(purpose).param(partnerName).param(channel)
				.param(Timestamp.from(at))
				.param(by.value()).update();
	}

	boolean withdrawConsent(DigibankId digibank, PersonId person, UUID consent, String channel, StaffAccountId by, Instant at) {
		return jdbc.sql("""
				update people.consent set withdrawn_at = ?, withdrawn_by = ?, withdrawn_channel = ?
				where digibank_id = ? and person_id = ? and id = ? and withdrawn_at is null
				""").param(Timestamp.from(at)).param(by.value()).param(channel).param(digibank.value()).param(person.value()).param(consent)
				.update() == 1;
	}

	boolean consentExists(DigibankId digibank, PersonId person, UUID consent) {
		return jdbc.sql("select count(*) from people.consent where digibank_id = ? and person_id = ? and id = ?").param(digibank.value())
				.param(person.value()).param(consent).query(Integer.class).single() == 1;
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		int year = rs.getInt("birth_year");
		Integer birthYear = rs.wasNull() ? null : year;
		String devices = rs.getString("devices");
		return new Person(new PersonId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("nickname"), birthYear,
				rs.getObject("birth_date", LocalDate.class), rs.getString("gender"), rs.getString("postcode"), rs.getString("language"),
				rs.getString("phone"), rs.getString("email"), rs.getString("address"), rs.getBoolean("no_contact"), rs.getString("found_via"),
				devices.isEmpty() ? List.of() : Arrays.asList(devices.split(",")), rs.getString("note"),
				rs.getTimestamp("registered_at").toInstant(), rs.getInt("version"));
	}
}
