package be.digibank.people;

import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of duplicate pairs and merges. Every query names the digibank. */
@Repository
class MergeRepository {

	/** Tables of the people schema whose rows point at a person by {@code person_id} and an {@code id} of their own. */
	static final List<String> HISTORY = List.of("eligibility_proof", "eligibility_override", "consent", "referral", "person_service");

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	MergeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Two records of a digibank with similar names (or the same phone or e-mail address), as read for scoring. */
	record Pair(UUID first, UUID second, double nameSimilarity) {
	}

	/**
	 * Candidate pairs of not merged people: the trigram index finds, for each person, others whose name key is at least
	 * {@code threshold} similar (swapped names have the same key), with a compatible birth year; plus the same phone or
	 * e-mail address. At most {@code limit} pairs, most similar first.
	 */
	List<Pair> candidatePairs(DigibankId digibank, double threshold, int limit) {
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(String.valueOf(threshold)).query(String.class).single();
		return jdbc.sql("""
				select first, second, max(sim) as sim from (
				    select a.id as first, b.id as second, similarity(a.name_key, b.name_key) as sim
				    from people.person a
				    join people.person b on b.digibank_id = a.digibank_id and b.name_key % a.name_key and b.id > a.id
				    where a.digibank_id = :d and a.merged_into is null and b.merged_into is null
				      and (a.birth_year is null or b.birth_year is null or a.birth_year = b.birth_year)
				    union all
				    select a.id, b.id, similarity(a.name_key, b.name_key)
				    from people.person a
				    join people.person b on b.digibank_id = a.digibank_id and b.id > a.id
				         and ((a.phone <> '' and b.phone = a.phone) or (a.email <> '' and b.email = a.email))
				    where a.digibank_id = :d and a.merged_into is null and b.merged_into is null
				) pairs
				where not exists (select 1 from people.distinct_pair d where d.first = pairs.first and d.second = pairs.second)
				group by first, second
				order by sim desc, first, second
				limit :limit
				""").param("d", digibank.value()).param("limit", limit)
				.query((rs, row) -> new Pair(rs.getObject("first", UUID.class), rs.getObject("second", UUID.class), rs.getDouble("sim"))).list();
	}

	/** True when the pair was not dismissed before. */
	boolean dismiss(DigibankId digibank, PersonId one, PersonId other, StaffAccountId by, Instant at) {
		return jdbc.sql("""
				insert into people.distinct_pair (digibank_id, first, second, dismissed_by, dismissed_at)
				values (:d, least(:one, :other), greatest(:one, :other), :by, :at) on conflict do nothing
				""").param("d", digibank.value()).param("one", one.value()).param("other", other.value()).param("by", by.value())
				.param("at", Timestamp.from(at)).update() == 1;
	}

	double similarity(String a, String b) {
		return jdbc.sql("select similarity(?, ?)").param(a).param(b).query(Double.class).single();
	}

	/** Both records locked, always in the same order so that two merges of one pair cannot deadlock. */
	void lock(DigibankId digibank, PersonId one, PersonId other) {
		jdbc.sql("select id from people.person where digibank_id = ? and id in (?, ?) order by id for update").param(digibank.value())
				.param(one.value()).param(other.value()).query(UUID.class).list();
	}

	@Nullable
	UUID mergedInto(PersonId person) {
		return jdbc.sql("select merged_into from people.person where id = ?").param(person.value()).query(UUID.class).optional().orElse(null);
	}

	/** Moves every row of the merged person's history to the survivor; answers what moved, per table. */
	Map<String, List<String>> moveHistory(DigibankId digibank, PersonId survivor, PersonId merged) {
		Map<String, List<String>> moved = new LinkedHashMap<>();
		for (String table : HISTORY) {
			String condition = "consent".equals(table)
					// an open consent the survivor also has stays with the merged record (one open consent per purpose)
					? " " + """
							and not (withdrawn_at is null and exists (select 1 from people.consent s where s.person_id = :survivor
							     and s.purpose = t.purpose and s.partner_name = t.partner_name and s.withdrawn_at is null))"""
					: "";
			moved.put(table, jdbc.sql("update people." + table + " t set person_id = :survivor where digibank_id = :d and person_id = :merged"
					+ condition + " returning id::text").param("survivor", survivor.value()).param("merged", merged.value())
					.param("d", digibank.value()).query(String.class).list());
		}
		moved.put("person_target_group", jdbc.sql("""
				insert into people.person_target_group (person_id, code)
				select :survivor, code from people.person_target_group where person_id = :merged
				on conflict do nothing returning code
				""").param("survivor", survivor.value()).param("merged", merged.value()).query(String.class).list());
		return moved;
	}

	void markMerged(PersonId merged, PersonId survivor, Instant at) {
		jdbc.sql("update people.person set merged_into = ?, merged_at = ?, version = version + 1 where id = ?").param(survivor.value())
				.param(Timestamp.from(at)).param(merged.value()).update();
	}

	void insertMerge(UUID id, DigibankId digibank, PersonId survivor, PersonId merged, int score, StaffAccountId by, Instant at,
			Map<String, List<String>> moved) {
		jdbc.sql("""
				insert into people.person_merge (id, digibank_id, survivor_id, merged_id, score, merged_by, merged_at, moved)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
				""").param(id).param(digibank.value()).param(survivor.value()).param(merged.value()).param(score).param(by.value())
				.param(Timestamp.from(at)).param(json.writeValueAsString(moved)).update();
	}

	/** A merge of the digibank as stored. */
	record Merge(UUID id, PersonId survivor, PersonId merged, int score, UUID mergedBy, Instant mergedAt, Map<String, List<String>> moved,
			@Nullable UUID undoneBy, @Nullable Instant undoneAt, @Nullable Instant finalAt) {
	}

	/** A merge whose undo window has passed, locked until the transaction ends. */
	record DueMerge(UUID id, DigibankId digibank, PersonId survivor, PersonId merged) {
	}

	Optional<Merge> find(DigibankId digibank, UUID id, boolean forUpdate) {
		return jdbc.sql(MERGE_SELECT + " where digibank_id = ? and id = ?" + (forUpdate ? " for update" : "")).param(digibank.value()).param(id)
				.query(this::merge).optional();
	}

	List<Merge> recent(DigibankId digibank, Instant since, int limit) {
		return jdbc.sql(MERGE_SELECT + " where digibank_id = ? and merged_at >= ? order by merged_at desc limit ?").param(digibank.value())
				.param(Timestamp.from(since)).param(limit).query(this::merge).list();
	}

	private static final String MERGE_SELECT = """
			select id, survivor_id, merged_id, score, merged_by, merged_at, moved::text as moved, undone_by, undone_at, final_at from people.person_merge""";

	@SuppressWarnings("unchecked")
	private Merge merge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Map<String, List<String>> moved = json.readValue(rs.getString("moved"), Map.class);
		return new Merge(rs.getObject("id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
				new PersonId(rs.getObject("merged_id", UUID.class)), rs.getInt("score"), rs.getObject("merged_by", UUID.class),
				rs.getTimestamp("merged_at").toInstant(), moved, rs.getObject("undone_by", UUID.class),
				instant(rs.getTimestamp("undone_at")), instant(rs.getTimestamp("final_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Puts back exactly what moved: the rows still with the survivor go back, the target groups copied are removed. */
	void moveBack(DigibankId digibank, Merge merge) {
		for (String table : HISTORY) {
			List<String> ids = merge.moved().getOrDefault(table, List.of());
			if (!ids.isEmpty()) {
				jdbc.sql("update people." + table + " set person_id = :merged where digibank_id = :d and person_id = :survivor"
						+ " and id = any(cast(string_to_array(:ids, ',') as uuid[]))").param("merged", merge.merged().value())
						.param("survivor", merge.survivor().value()).param("d", digibank.value()).param("ids", String.join(",", ids)).update();
			}
		}
		List<String> codes = merge.moved().getOrDefault("person_target_group", List.of());
		if (!codes.isEmpty()) {
			jdbc.sql("delete from people.person_target_group where person_id = ? and code = any(string_to_array(?, ','))")
					.param(merge.survivor().value()).param(String.join(",", codes)).update();
		}
		jdbc.sql("update people.person set merged_into = null, merged_at = null, version = version + 1 where digibank_id = ? and id = ?")
				.param(digibank.value()).param(merge.merged().value()).update();
	}

	void markUndone(UUID merge, StaffAccountId by, Instant at) {
		jdbc.sql("update people.person_merge set undone_by = ?, undone_at = ? where id = ?").param(by.value()).param(Timestamp.from(at)).param(merge)
				.update();
	}

	/**
	 * Merges of all digibanks made before {@code mergedBefore}, neither undone nor final yet, oldest first; locked, and
	 * skipped when another instance of the job (or an undo) holds them.
	 */
	List<DueMerge> dueToBecomeFinal(Instant mergedBefore, int limit) {
		return jdbc.sql("""
				select id, digibank_id, survivor_id, merged_id from people.person_merge
				where undone_at is null and final_at is null and merged_at < ?
				order by merged_at limit ? for update skip locked
				""").param(Timestamp.from(mergedBefore)).param(limit)
				.query((rs, row) -> new DueMerge(rs.getObject("id", UUID.class), new DigibankId(rs.getObject("digibank_id", UUID.class)),
						new PersonId(rs.getObject("survivor_id", UUID.class)), new PersonId(rs.getObject("merged_id", UUID.class))))
				.list();
	}

	/** The merge can no longer be undone: the list of what moved is emptied. */
	void markFinal(UUID merge, Instant at) {
		jdbc.sql("update people.person_merge set final_at = ?, moved = '{}'::jsonb where id = ?").param(Timestamp.from(at)).param(merge).update();
	}

	int referralCount(DigibankId digibank, PersonId person) {
		return jdbc.sql("select count(*) from people.referral where digibank_id = ? and person_id = ?").param(digibank.value())
				.param(person.value()).query(Integer.class).single();
	}

	int countUnique(DigibankId digibank) {
		return jdbc.sql("select count(*) from people.person where digibank_id = ? and merged_into is null").param(digibank.value())
				.query(Integer.class).single();
	}
}
