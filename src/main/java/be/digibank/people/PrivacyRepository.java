package be.digibank.people;

import be.digibank.shared.DigibankId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the privacy rights: erasure, retention, follow-up of proofs, the configurable lists and the timeline. */
@Repository
class PrivacyRepository {

	/**
	 * The last time the digibank had to do with a person: registration, a proof seen, a consent given or withdrawn, a
	 * referral, a service received. Retention counts from here.
	 */
	static final String LAST_CONTACT = """
			greatest(p.registered_at,
			    (select max(recorded_at) from people.eligibility_proof e where e.person_id = p.id),
			    (select max(greatest(given_at, coalesce(withdrawn_at, given_at))) from people.consent c where c.person_id = p.id),
			    (select max(coalesce(decided_at, created_at)) from people.referral r where r.person_id = p.id),
			    (select max(occurred_at) from people.person_service s where s.person_id = p.id))""";

	private final JdbcClient jdbc;

	PrivacyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// erasure

	@Nullable
	Instant anonymisedAt(DigibankId digibank, PersonId person) {
		return jdbc.sql("select anonymised_at from people.person where digibank_id = ? and id = ?").param(digibank.value()).param(person.value())
				.query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional().orElse(null);
	}

	/**
	 * Clears everything that identifies the person and keeps what the counts need (the row, registration date, postcode,
	 * gender, the decade of birth, target groups, proof types and dates). False when already anonymised.
	 */
	boolean anonymise(DigibankId digibank, PersonId person, Instant at) {
		String oldNameKey = jdbc.sql("select name_key from people.person where digibank_id = ? and id = ? and anonymised_at is null")
				.param(digibank.value()).param(person.value()).query(String.class).optional().orElse("");
		int changed = jdbc.sql("""
				update people.person set first_name = '', last_name = '', nickname = '',
				    birth_decade = case when birth_year is null then null else birth_year / 10 * 10 end, birth_year = null, birth_date = null,
				    phone = '', email = '', address = '', no_contact = true, found_via = '', note = '', anonymised_at = ?, version = version + 1
				where digibank_id = ? and id = ? and anonymised_at is null
				""").param(Timestamp.from(at)).param(digibank.value()).param(person.value()).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql(
				"update people.referral set person_name = '-', contact = '', reason = '-', decision_note = '' where digibank_id = ? and person_id = ?")
				.param(digibank.value()).param(person.value()).update();
		jdbc.sql("update people.eligibility_override set reason = '[anonymised]' where digibank_id = ? and person_id = ?").param(digibank.value())
				.param(person.value()).update();
		jdbc.sql("update people.person_service set summary = '' where digibank_id = ? and person_id = ?").param(digibank.value())
				.param(person.value()).update();
		forgetNameWords(digibank, oldNameKey);
		return true;
	}

	/**
	 * A rare surname left in the search dictionary would still say that someone of that name was helped here: the words of
	 * an erased name that no one else in the digibank has (the dictionary's own count, already lowered by the erasure's
	 * update) are removed.
	 */
	private void forgetNameWords(DigibankId digibank, String nameKey) {
		String[] words = nameKey.isBlank() ? new String[0] : nameKey.strip().split(" ");
		if (words.length == 0) {
			return;
		}
		jdbc.sql("""
				delete from people.name_word where digibank_id = :d and word = any(:words) and people = 0
				""").param("d", digibank.value()).param("words", words).update();
	}

	// retention

	record Policy(@Nullable UUID id, RetentionCategory category, int months) {
	}

	List<Policy> storedPolicies(DigibankId digibank) {
		return jdbc.sql("select id, category, months from people.retention_policy where digibank_id = ?").param(digibank.value())
				.query((rs, row) -> new Policy(rs.getObject("id", UUID.class), RetentionCategory.valueOf(rs.getString("category")),
						rs.getInt("months")))
				.list();
	}

	void savePolicy(DigibankId digibank, RetentionCategory category, int months, UUID by, Instant at) {
		jdbc.sql(
				"""
						insert into people.retention_policy (id, digibank_id, category, months, changed_by, changed_at) values (?, ?, ?, ?, ?, ?)
						on conflict (digibank_id, category) do update set months = excluded.months, changed_by = excluded.changed_by, changed_at = excluded.changed_at
						""")
				.param(UUID.randomUUID()).param(digibank.value()).param(category.name()).param(months).param(by).param(Timestamp.from(at)).update();
	}

	Optional<RetentionCategory> deletePolicy(DigibankId digibank, UUID policy) {
		return jdbc.sql("delete from people.retention_policy where digibank_id = ? and id = ? returning category").param(digibank.value())
				.param(policy).query(String.class).optional().map(RetentionCategory::valueOf);
	}

	record Due(PersonId id, String displayName, Instant lastContact) {
	}

	/** The persons whose data of this category are older than the limit, oldest contact first. */
	List<Due> due(DigibankId digibank, RetentionCategory category, Instant limit, int max) {
		return jdbc.sql("select p.id, p.first_name, p.last_name, p.nickname, " + LAST_CONTACT + " as last_contact from people.person p "
				+ "where p.digibank_id = :digibank and p.anonymised_at is null and " + category.somethingLeft() + " and " + LAST_CONTACT
				+ " < :limit order by last_contact, p.id limit :max").param("digibank", digibank.value()).param("limit", Timestamp.from(limit))
				.param("max", max)
				.query((rs, row) -> new Due(new PersonId(rs.getObject("id", UUID.class)),
						display(rs.getString("first_name"), rs.getString("last_name"), rs.getString("nickname")),
						rs.getTimestamp("last_contact").toInstant()))
				.list();
	}

	void clear(DigibankId digibank, PersonId person, RetentionCategory category) {
		jdbc.sql("update people.person set " + category.clearing()
				+ ", version = version + 1 where digibank_id = ? and id = ? and anonymised_at is null")
				.param(digibank.value()).param(person.value()).update();
	}

	List<DigibankId> digibanksWithPeople() {
		return jdbc.sql("select distinct digibank_id from people.person where anonymised_at is null").query(UUID.class).list().stream()
				.map(DigibankId::new).toList();
	}

	/** Only one instance of the application runs the retention at a time; the lock ends with the transaction. */
	boolean tryRetentionLock() {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('people.retention'))").query(Boolean.class).single());
	}

	// follow-up of proofs

	record ExpiringProof(UUID proofId, PersonId personId, String displayName, String type, LocalDate validUntil, UUID checkedBy) {
	}

	/** Proofs that end before the limit and were not followed by a proof valid after it, soonest first. */
	List<ExpiringProof> expiring(DigibankId digibank, LocalDate limit, LocalDate expiredSince) {
		return jdbc.sql("""
				select e.id, e.person_id, p.first_name, p.last_name, p.nickname, e.type_code, e.valid_until, e.checked_by
				from people.eligibility_proof e join people.person p on p.id = e.person_id and p.digibank_id = e.digibank_id
				where e.digibank_id = :digibank and p.anonymised_at is null and e.valid_until is not null
				  and e.valid_until <= :limit and e.valid_until >= :since
				  and not exists (select 1 from people.eligibility_proof later where later.person_id = e.person_id
				                  and (later.valid_until is null or later.valid_until > :limit))
				order by e.valid_until, p.last_name, p.first_name limit 500
				""").param("digibank", digibank.value()).param("limit", limit).param("since", expiredSince)
				.query((rs, row) -> new ExpiringProof(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
						display(rs.getString("first_name"), rs.getString("last_name"), rs.getString("nickname")), rs.getString("type_code"),
						rs.getObject("valid_until", LocalDate.class), rs.getObject("checked_by", UUID.class)))
				.list();
	}

	// configurable lists

	record ListEntry(UUID id, String code, String label, boolean sensitive, boolean active, boolean own) {
	}

	/** The digibank's own entries of a list (target_group or proof_type), or the platform defaults, inactive ones too. */
	List<ListEntry> entries(ConfigurableList list, DigibankId digibank) {
		return jdbc.sql("select id, code, label, " + (list == ConfigurableList.TARGET_GROUP ? "sensitive" : "true") + " as sensitive, active, "
				+ "digibank_id is not null as own from " + list.table() + """
						 where digibank_id = :d or (digibank_id is null and not exists (select 1 from %s where digibank_id = :d))
						order by position, code
						""".formatted(list.table()))
				.param("d", digibank.value())
				.query((rs, row) -> new ListEntry(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("label"),
						rs.getBoolean("sensitive"), rs.getBoolean("active"), rs.getBoolean("own")))
				.list();
	}

	/** A digibank that changes a list for the first time starts from a copy of the platform defaults. */
	void copyDefaults(ConfigurableList list, DigibankId digibank) {
		String columns = list == ConfigurableList.TARGET_GROUP ? "code, label, sensitive, position, active" : "code, label, position, active";
		jdbc.sql("insert into " + list.table() + " (digibank_id, " + columns + ") select :d, " + columns + " from " + list.table()
				+ " where digibank_id is null and not exists (select 1 from " + list.table() + " where digibank_id = :d)")
				.param("d", digibank.value())
				.update();
	}

	void add(ConfigurableList list, DigibankId digibank, String code, String label, boolean sensitive) {
		String sql = list == ConfigurableList.TARGET_GROUP
				? "insert into people.target_group (digibank_id, code, label, sensitive, position) values (:d, :code, :label, :sensitive, "
						+ "(select coalesce(max(position), 0) + 1 from people.target_group where digibank_id = :d))"
				: "insert into people.proof_type (digibank_id, code, label, position) values (:d, :code, :label, "
						+ "(select coalesce(max(position), 0) + 1 from people.proof_type where digibank_id = :d))";
		var statement = jdbc.sql(sql).param("d", digibank.value()).param("code", code).param("label", label);
		if (list == ConfigurableList.TARGET_GROUP) {
			statement = statement.param("sensitive", sensitive);
		}
		statement.update();
	}

	boolean toggle(ConfigurableList list, DigibankId digibank, String code) {
		return jdbc.sql("update " + list.table() + " set active = not active where digibank_id = ? and code = ? returning active")
				.param(digibank.value())
				.param(code).query(Boolean.class).single();
	}

	void setRequirement(DigibankId digibank, Service service, EligibilityRules.Requirement requirement) {
		jdbc.sql("""
				insert into people.eligibility_rule (digibank_id, service, requirement) values (?, ?, ?)
				on conflict (digibank_id, service) do update set requirement = excluded.requirement
				""").param(digibank.value()).param(service.name()).param(requirement.name()).update();
	}

	// timeline

	record ServiceEntry(UUID id, String service, String summary, @Nullable UUID partnerId, Instant occurredAt) {
	}

	void insertService(UUID id, DigibankId digibank, PersonId person, String service, String summary, @Nullable UUID partner, Instant at) {
		jdbc.sql(
				"insert into people.person_service (id, digibank_id, person_id, service, summary, partner_id, occurred_at) values (?, ?, ?, ?, ?, ?, ?)")
				.param(id).param(digibank.value()).param(person.value()).param(service).param(summary).param(partner).param(Timestamp.from(at))
				.update();
	}

	List<ServiceEntry> services(DigibankId digibank, PersonId person) {
		return jdbc.sql("""
				select id, service, summary, partner_id, occurred_at from people.person_service
				where digibank_id = ? and person_id = ? order by occurred_at desc limit 200
				""").param(digibank.value()).param(person.value())
				.query((rs, row) -> new ServiceEntry(rs.getObject("id", UUID.class), rs.getString("service"), rs.getString("summary"),
						rs.getObject("partner_id", UUID.class), rs.getTimestamp("occurred_at").toInstant()))
				.list();
	}

	// export

	record ReferralEntry(UUID id, String service, String status, String reason, UUID referrerId, Instant createdAt, @Nullable Instant decidedAt,
			String decisionNote) {
	}

	List<ReferralEntry> referrals(DigibankId digibank, PersonId person) {
		return jdbc.sql("""
				select id, service, status, reason, referrer_id, created_at, decided_at, decision_note from people.referral
				where digibank_id = ? and person_id = ? order by created_at desc
				""").param(digibank.value()).param(person.value())
				.query((rs, row) -> new ReferralEntry(rs.getObject("id", UUID.class), rs.getString("service"), rs.getString("status"),
						rs.getString("reason"), rs.getObject("referrer_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getString("decision_note")))
				.list();
	}

	static String display(String first, String last, String nickname) {
		String full = (first + " " + last).strip();
		if (full.isEmpty()) {
			return nickname;
		}
		return nickname.isEmpty() ? full : full + " (" + nickname + ")";
	}
}
