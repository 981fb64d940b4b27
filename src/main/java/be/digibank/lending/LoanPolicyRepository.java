package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The loan policies a digibank set; a category without a row follows {@link LoanPolicy#defaultFor}.
 *
 * <p>
 * Every checkout, extension and reminder needs its category's policy, and policies change a few times a year, so
 * {@link #policy} answers from a cache of each digibank's policies, read in one statement. {@link #save} invalidates it
 * when it writes and again after its transaction commits. Every invalidation raises a generation number, and a cached
 * entry is used only while the generation it was read under is still the current one: a reader that read the old row
 * just before a save committed puts a stale entry, but one of an older generation that nobody uses. The policy page and
 * its save read the table itself ({@link #current}). With several instances (see the README) only the saving instance
 * hears of the save: an entry is therefore read again after {@link #MAX_AGE}, so another instance lends under the new
 * policy at most that long after the coordinator saved it.
 */
@Repository
class LoanPolicyRepository {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final AtomicLong generation = new AtomicLong();
	private final ConcurrentMap<DigibankId, Cached> cache = new ConcurrentHashMap<>();

	/** A digibank's policies of every category, as read under a generation. */
	private record Cached(long generation, long readAtNanos, Map<DeviceCategory, LoanPolicy> policies) {
	}

	LoanPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The policy for a category: the digibank's own or the default (created lazily, when a coordinator first saves). */
	LoanPolicy policy(DigibankId digibank, DeviceCategory category) {
		Cached cached = cache.get(digibank);
		if (cached == null || cached.generation() != generation.get() || System.nanoTime() - cached.readAtNanos() > MAX_AGE.toNanos()) {
			// the generation before the read: a save committing during the read makes this entry stale and unused
			long readUnder = generation.get();
			cached = new Cached(readUnder, System.nanoTime(), all(digibank));
			cache.put(digibank, cached);
		}
		return cached.policies().get(category);
	}

	/** The policy as the table has it now, not cached: for the policy page and its save. */
	LoanPolicy current(DigibankId digibank, DeviceCategory category) {
		return find(digibank, category).orElseGet(() -> LoanPolicy.defaultFor(category));
	}

	private void invalidate() {
		generation.incrementAndGet();
		cache.clear();
	}

	Map<DeviceCategory, LoanPolicy> all(DigibankId digibank) {
		Map<DeviceCategory, LoanPolicy> policies = new EnumMap<>(DeviceCategory.class);
		for (DeviceCategory category : DeviceCategory.values()) {
			policies.put(category, LoanPolicy.defaultFor(category));
		}
		jdbc.sql("select * from lending.loan_policy where digibank_id = ?").param(digibank.value()).query(LoanPolicyRepository::map).list()
				.forEach(policy -> policies.put(policy.category(), policy));
		return policies;
	}

	Optional<LoanPolicy> find(DigibankId digibank, DeviceCategory category) {
		return jdbc.sql("select * from lending.loan_policy where digibank_id = ? and category = ?").param(digibank.value()).param(category.name())
				.query(LoanPolicyRepository::map).optional();
	}

	/** Inserts the first policy of a category, or updates it if nobody changed it since {@code policy.version()}. */
	void save(DigibankId digibank, LoanPolicy policy, StaffAccountId by) {
		int changed;
		if (policy.id() == null) {
			changed = jdbc.sql("""
					insert into lending.loan_policy (id, digibank_id, category, period_days, due_month_day, max_extensions, extension_days,
					       deposit_cents, waiver_proof_types, eligibility_required, max_concurrent_loans, goal_plan, condition_text,
					       gift_after_track, due_soon_days, overdue_steps, changed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (digibank_id, category) do nothing
					""").param(UUID.randomUUID()).param(digibank.value()).param(policy.category().name()).param(policy.periodDays())
					.param(monthDay(policy)).param(policy.maxExtensions()).param(policy.extensionDays()).param(policy.depositCents())
					.param(String.join(",", policy.waiverProofTypes())).param(policy.eligibilityRequired()).param(policy.maxConcurrentLoans())
					.param(policy.goalPlan().name()).param(policy.conditionText()).param(policy.giftAfterTrack()).param(policy.dueSoonDays())
					.param(policy.stepsText()).param(by.value()).update();
		} else {
			changed = jdbc.sql("""
					update lending.loan_policy set period_days = ?, due_month_day = ?, max_extensions = ?, extension_days = ?, deposit_cents = ?,
					       waiver_proof_types = ?, eligibility_required = ?, max_concurrent_loans = ?, goal_plan = ?, condition_text = ?,
					       gift_after_track = ?, due_soon_days = ?, overdue_steps = ?, changed_by = ?, changed_at = now(), version = version + 1
					 where id = ? and digibank_id = ? and version = ?
					""").param(policy.periodDays()).param(monthDay(policy)).param(policy.maxExtensions()).param(policy.extensionDays())
					.param(policy.depositCents()).param(String.join(",", policy.waiverProofTypes())).param(policy.eligibilityRequired())
					.param(policy.maxConcurrentLoans()).param(policy.goalPlan().name()).param(policy.conditionText()).param(policy.giftAfterTrack())
					.param(policy.dueSoonDays()).param(policy.stepsText()).param(by.value()).param(policy.id()).param(digibank.value())
					.param(policy.version()).update();
		}
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
		// now for this transaction's own later reads, and after the commit for everyone else's
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
	}

	private static String monthDay(LoanPolicy policy) {
		return policy.dueMonthDay() == null
				? null
				: String.format("%02d-%02d", policy.dueMonthDay().getMonthValue(), policy.dueMonthDay().getDayOfMonth());
	}

	static LoanPolicy map(ResultSet rs, int row) throws SQLException {
		String monthDay = rs.getString("due_month_day");
		int periodDays = rs.getInt("period_days");
		boolean noPeriod = rs.wasNull();
		return new LoanPolicy(rs.getObject("id", UUID.class), DeviceCategory.valueOf(rs.getString("category")), noPeriod ? null : periodDays,
				monthDay == null ? null : MonthDay.parse("--" + monthDay), rs.getInt("max_extensions"), rs.getInt("extension_days"),
				rs.getLong("deposit_cents"),
				Arrays.stream(rs.getString("waiver_proof_types").split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
				rs.getBoolean("eligibility_required"), rs.getInt("max_concurrent_loans"), LoanPolicy.GoalPlan.valueOf(rs.getString("goal_plan")),
				rs.getString("condition_text"), rs.getBoolean("gift_after_track"), rs.getInt("due_soon_days"),
				LoanPolicy.ReminderStep.parse(rs.getString("overdue_steps")), rs.getInt("version"));
	}
}
