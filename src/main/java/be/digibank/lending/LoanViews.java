package be.digibank.lending;

import be.digibank.inventory.DeviceLending.LendableDevice;
import be.digibank.people.EligibilityVerdict;
import be.digibank.people.PersonSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the lending pages and the API show: read models, never the aggregate itself. */
public final class LoanViews {

	private LoanViews() {
	}

	/** One loan in a list. {@code phone} is filled only for the call list and only for staff who may see it. */
	public record LoanRow(UUID id, UUID deviceId, String assetTag, String category, String deviceLabel, @Nullable UUID personId, String borrowerName,
			boolean organisation, @Nullable UUID locationId, String locationName, LocalDate startsOn, LocalDate dueOn, long overdueDays,
			int extensions, long depositCents, boolean depositHeld, @Nullable String ending, @Nullable LocalDate endedOn, boolean onCallList,
			String phone) {
	}

	/**
	 * What a return settled, the API's answer to it: the loan's new version, how it ended, the deposit and where the device
	 * went. Everything else about the loan is at its own address (as a checkout answers with the new loan's ID only).
	 */
	public record Returned(UUID id, int version, String ending, LocalDate endedOn, String conditionGrade, @Nullable Long refundedCents,
			@Nullable Long retainedCents, String deviceState) {
	}

	/** A loan with everything about it, for its page and the API. */
	public record LoanDetails(LoanRow loan, String serial, long replacementValueCents, String organisationContact, String organisationPhone,
			String depositMethod, String depositWaiverReason, @Nullable Long refundedCents, @Nullable Long retainedCents, String retentionReason,
			String eligibilityReason, String overrideReason, String goalPlan, String conditionText, List<String> explained, String accessories,
			boolean signedOnScreen, boolean signedOnPaper, String language, boolean giftAllowed, @Nullable Boolean returnedComplete,
			@Nullable Boolean accessoriesBack, @Nullable String conditionGrade, String damageNotes, String lentByName, String endedByName,
			int maxExtensions, int version, List<IncidentRow> incidents, List<ReminderRow> reminders) {

		public boolean active() {
			return loan.ending() == null;
		}

		public boolean canExtend() {
			return active() && loan.extensions() < maxExtensions;
		}
	}

	public record IncidentRow(UUID id, UUID loanId, String assetTag, String borrowerName, String kind, String description, String decision,
			long amountCents, String reason, String status, String decidedBy, Instant createdAt, int version) {
	}

	public record BlockRow(UUID id, UUID personId, String message, String reason, String placedByName, Instant placedAt, @Nullable Instant liftedAt,
			String liftedByName, String liftReason) {
	}

	public record ReminderRow(String reference, String step, String channels, String outcome, Instant sentAt, String sentByName) {
	}

	/** The lending desk's overview, optionally for one location. */
	public record Overview(List<LoanRow> out, List<LoanRow> dueThisWeek, List<LoanRow> overdue, List<LoanRow> callList, List<LoanRow> depositsHeld,
			long depositsHeldCents, List<IncidentRow> openIncidents) {
	}

	/** A loan policy as the pages show it. */
	public record PolicyRow(String category, @Nullable Integer periodDays, String dueDayMonth, int maxExtensions, int extensionDays,
			long depositCents, String waiverProofTypes, boolean eligibilityRequired, int maxConcurrentLoans, String goalPlan, String conditionText,
			boolean giftAfterTrack, int dueSoonDays, String overdueSteps, boolean ownPolicy) {

		static PolicyRow of(LoanPolicy policy) {
			return new PolicyRow(policy.category().name(), policy.periodDays(),
					policy.dueMonthDay() == null ? "" : policy.dueMonthDay().getDayOfMonth() + "/" + policy.dueMonthDay().getMonthValue(),
					policy.maxExtensions(), policy.extensionDays(), policy.depositCents(), policy.waiverText(), policy.eligibilityRequired(),
					policy.maxConcurrentLoans(), policy.goalPlan().name(), policy.conditionText(), policy.giftAfterTrack(), policy.dueSoonDays(),
					policy.stepsText(), policy.id() != null);
		}
	}

	/** What the checkout page shows before the loan is made: the device, the borrower's verdict, the policy applied. */
	public record CheckoutPreview(@Nullable LendableDevice device, @Nullable PersonSummary person, @Nullable EligibilityVerdict verdict,
			@Nullable PolicyRow policy, @Nullable LocalDate dueOn, long depositCents, boolean depositWaived, List<BlockRow> blocks, int activeLoans) {
	}

	/** Everything the loan agreement says, in the borrower's language. */
	public record Agreement(String language, String digibankName, String locationName, String locationPlace, String borrowerName,
			boolean organisation, String organisationContact, String deviceLabel, String category, String assetTag, String serial,
			long replacementValueCents, String accessories, LocalDate startsOn, LocalDate dueOn, long depositCents, String depositMethod,
			String goalPlan, String conditionText, boolean giftAfterTrack, List<String> explained, @Nullable String signaturePng,
			boolean signedOnPaper,
			String lentByName) {
	}
}
