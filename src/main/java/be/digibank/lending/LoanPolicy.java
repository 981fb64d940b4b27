package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.shared.NoticeChannel;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A digibank's rules for lending one category of device: how long, how often it can be extended, the deposit and who
 * does not pay it, whether the eligibility rule of the people register applies, how many loans a person may hold, the
 * goal plan, an extra condition the counter confirms, whether the loan may become a gift, and the reminder steps.
 *
 * @param periodDays
 *            loan period in days, or null when the loan runs until {@code dueMonthDay}
 * @param dueMonthDay
 *            a fixed due date (e.g. 15 July, the end of the school year): the first such day after the start
 * @param waiverProofTypes
 *            proof types (people register codes) that waive the deposit
 */
record LoanPolicy(@Nullable UUID id, DeviceCategory category, @Nullable Integer periodDays, @Nullable MonthDay dueMonthDay, int maxExtensions,
		int extensionDays, long depositCents, Set<String> waiverProofTypes, boolean eligibilityRequired, int maxConcurrentLoans, GoalPlan goalPlan,
		String conditionText, boolean giftAfterTrack, int dueSoonDays, List<ReminderStep> overdueSteps, int version) {

	/** Whether a goal plan (what the person wants to learn or do) is part of the agreement. */
	enum GoalPlan {
		REQUIRED, OPTIONAL, NONE
	}

	/** The default overdue steps: a day late an SMS, a week SMS and e-mail, two weeks a call, a month a letter. */
	static final String DEFAULT_STEPS = "1:SMS, 7:SMS+EMAIL, 14:CALL, 30:LETTER";

	LoanPolicy {
		if ((periodDays == null) == (dueMonthDay == null)) {
			throw new IllegalArgumentException("either a period or a fixed due date");
		}
		if (depositCents < 0 || maxExtensions < 0 || extensionDays < 0 || maxConcurrentLoans < 1 || dueSoonDays < 0) {
			throw new IllegalArgumentException("negative rule");
		}
		waiverProofTypes = Set.copyOf(waiverProofTypes);
		overdueSteps = overdueSteps.stream().sorted(Comparator.comparingInt(ReminderStep::days)).toList();
		conditionText = conditionText.strip();
	}

	/**
	 * What applies when the coordinator has not set a policy for the category: computers three months with two extensions
	 * of a month and a €20 deposit waived for people with a social status; connectivity two months without deposit.
	 */
	static LoanPolicy defaultFor(DeviceCategory category) {
		boolean connectivity = category == DeviceCategory.MIFI || category == DeviceCategory.DATA_SIM;
		boolean small = connectivity || category == DeviceCategory.ACCESSORY || category == DeviceCategory.OTHER;
		return new LoanPolicy(null, category, connectivity ? 60 : 90, null, 2, 30, small ? 0 : 2000,
				Set.of("INCREASED_REIMBURSEMENT", "SOCIAL_INTEGRATION_INCOME", "UITPAS_REDUCED_RATE"), true, 2, GoalPlan.OPTIONAL, "", false, 3,
				ReminderStep.parse(DEFAULT_STEPS), 0);
	}

	/** The due date of a loan that starts on {@code start}. */
	LocalDate dueOn(LocalDate start) {
		if (periodDays != null) {
			return start.plusDays(periodDays);
		}
		LocalDate thisYear = dueMonthDay.atYear(start.getYear());
		return thisYear.isAfter(start) ? thisYear : dueMonthDay.atYear(start.getYear() + 1);
	}

	/** Whether this proof type (from the eligibility verdict) frees the borrower from the deposit. */
	boolean depositWaivedBy(@Nullable String proofType) {
		return proofType != null && waiverProofTypes.contains(proofType);
	}

	/** The deposit a borrower with this proof type pays. */
	long depositFor(@Nullable String proofType) {
		return depositWaivedBy(proofType) ? 0 : depositCents;
	}

	String waiverText() {
		return waiverProofTypes.stream().sorted().collect(Collectors.joining(", "));
	}

	String stepsText() {
		return overdueSteps.stream().map(ReminderStep::text).collect(Collectors.joining(", "));
	}

	/**
	 * One overdue step: so many days after the due date, a message on these channels, or a call by staff.
	 *
	 * @param call
	 *            the loan goes on the staff's call list instead of a message
	 */
	record ReminderStep(int days, Set<NoticeChannel> channels, boolean call) {

		ReminderStep {
			channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
		}

		/** "1:SMS, 7:SMS+EMAIL, 14:CALL, 30:LETTER"; anything else is refused with an IllegalArgumentException. */
		static List<ReminderStep> parse(String text) {
			List<ReminderStep> steps = new ArrayList<>();
			Set<Integer> days = new LinkedHashSet<>();
			for (String part : text.split(",")) {
				String step = part.strip();
				if (step.isEmpty()) {
					continue;
				}
				String[] dayAndWhat = step.split(":", 2);
				if (dayAndWhat.length != 2) {
					throw new IllegalArgumentException(step);
				}
				int day = Integer.parseInt(dayAndWhat[0].strip());
				if (day < 1 || day > 365 || !days.add(day)) {
					throw new IllegalArgumentException(step);
				}
				Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
				boolean call = false;
				for (String what : dayAndWhat[1].split("\\+")) {
					String name = what.strip().toUpperCase(Locale.ROOT);
					if (name.equals("CALL")) {
						call = true;
					} else {
						channels.add(NoticeChannel.valueOf(name));
					}
				}
				if (call == !channels.isEmpty()) {
					throw new IllegalArgumentException(step);
				}
				steps.add(new ReminderStep(day, channels, call));
			}
			return steps.stream().sorted(Comparator.comparingInt(ReminderStep::days)).toList();
		}

		String text() {
			return days + ":" + (call
					? "CALL"
					: Arrays.stream(NoticeChannel.values()).filter(channels::contains).map(Enum::name)
							.collect(Collectors.joining("+")));
		}
	}
}
