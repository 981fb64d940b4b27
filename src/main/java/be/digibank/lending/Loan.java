package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One device lent to one borrower (a person, or an organisation for a class set) under the digibank's policy, with what
 * was agreed and handed over, and how it ended. The rules of a loan's life are the named methods here; the database
 * adds the one rule no object can keep alone: a device has at most one active loan.
 */
final class Loan {

	/** How the deposit was received, or why not. */
	enum DepositMethod {
		NONE, CASH, TRANSFER, WAIVED
	}

	/** The device as it was when it went out (the agreement keeps these details). */
	record LentDevice(DeviceId id, String assetTag, DeviceCategory category, String label, String serial, long replacementValueCents) {
	}

	/** Who borrows: a person of the register, or an organisation with a contact person. */
	record Borrower(@Nullable PersonId person, String organisationName, String organisationContact, String organisationPhone,
			String displayName) {

		static Borrower person(PersonId person, String displayName) {
			return new Borrower(person, "", "", "", displayName);
		}

		static Borrower organisation(String name, String contact, String phone) {
			return new Borrower(null, name.strip(), contact.strip(), phone.strip(), name.strip());
		}

		boolean isOrganisation() {
			return person == null;
		}
	}

	/**
	 * What was agreed and handed over: the items explained, the accessories given, the goal plan, the extra condition
	 * confirmed, and the signature (a PNG data URL drawn on screen) or a paper signature. The drawing (up to 400 kB) is
	 * loaded only for the agreement: elsewhere {@code signaturePng} is null and {@code signedOnScreen} tells that there is
	 * one.
	 */
	record Handover(Set<String> explained, String accessories, String goalPlan, String conditionText, @Nullable String signaturePng,
			boolean signedOnScreen, boolean signedOnPaper, String language) {

		Handover {
			signedOnScreen = signedOnScreen || signaturePng != null;
			explained = Set.copyOf(explained);
			accessories = accessories.strip();
			goalPlan = goalPlan.strip();
		}
	}

	/** The deposit received at checkout and what became of it at the end. */
	record Deposit(long cents, DepositMethod method, String waiverReason, @Nullable Long refundedCents, @Nullable Long retainedCents,
			String retentionReason) {

		static Deposit received(long cents, DepositMethod method, String waiverReason) {
			return new Deposit(method == DepositMethod.WAIVED ? 0 : cents, cents == 0 && method != DepositMethod.WAIVED ? DepositMethod.NONE : method,
					waiverReason.strip(), null, null, "");
		}

		boolean held() {
			return cents > 0 && refundedCents == null;
		}

		Deposit settle(long refund, String reason) {
			return new Deposit(cents, method, waiverReason, refund, cents - refund, reason.strip());
		}
	}

	private final LoanId id;
	private final DigibankId digibankId;
	private final LentDevice device;
	private final Borrower borrower;
	private final @Nullable LocationId locationId;
	private final LocalDate startsOn;
	private LocalDate dueOn;
	private int extensions;
	private Deposit deposit;
	private final String eligibilityReason;
	private final String overrideReason;
	private final Handover handover;
	private final boolean giftAfterTrack;
	private final String lentByName;
	private @Nullable Instant endedAt;
	private @Nullable LocalDate endedOn;
	private @Nullable Ending ending;
	private @Nullable Boolean returnedComplete;
	private @Nullable Boolean accessoriesBack;
	private @Nullable String conditionGrade;
	private String damageNotes;
	private String endedByName;
	private boolean onCallList;
	private final int version;

	Loan(LoanId id, DigibankId digibankId, LentDevice device, Borrower borrower, @Nullable LocationId locationId, LocalDate startsOn,
			LocalDate dueOn, int extensions, Deposit deposit, String eligibilityReason, String overrideReason, Handover handover,
			boolean giftAfterTrack, String lentByName, @Nullable Instant endedAt, @Nullable LocalDate endedOn, @Nullable Ending ending,
			@Nullable Boolean returnedComplete, @Nullable Boolean accessoriesBack, @Nullable String conditionGrade, String damageNotes,
			String endedByName, boolean onCallList, int version) {
		this.id = id;
		this.digibankId = digibankId;
		this.device = device;
		this.borrower = borrower;
		this.locationId = locationId;
		this.startsOn = startsOn;
		this.dueOn = dueOn;
		this.extensions = extensions;
		this.deposit = deposit;
		this.eligibilityReason = eligibilityReason;
		this.overrideReason = overrideReason;
		this.handover = handover;
		this.giftAfterTrack = giftAfterTrack;
		this.lentByName = lentByName;
		this.endedAt = endedAt;
		this.endedOn = endedOn;
		this.ending = ending;
		this.returnedComplete = returnedComplete;
		this.accessoriesBack = accessoriesBack;
		this.conditionGrade = conditionGrade;
		this.damageNotes = damageNotes;
		this.endedByName = endedByName;
		this.onCallList = onCallList;
		this.version = version;
	}

	/**
	 * A new loan from today: the due date may not lie in the past, a waived deposit needs a reason, a required goal plan
	 * must be written, an extra condition must be confirmed, and the agreement must be signed on screen or on paper.
	 */
	static Loan start(DigibankId digibank, LentDevice device, Borrower borrower, @Nullable LocationId location, LocalDate today,
			LocalDate dueOn, Deposit deposit, String eligibilityReason, String overrideReason, Handover handover, LoanPolicy policy,
			boolean conditionConfirmed, String lentByName) {
		if (dueOn.isBefore(today)) {
			throw new LoanRefused("dueOn", "lending.loan.dueOn.past");
		}
		if (deposit.cents() < 0) {
			throw new LoanRefused("deposit", "lending.loan.deposit.negative");
		}
		if (deposit.method() == DepositMethod.WAIVED && deposit.waiverReason().isBlank()) {
			throw new LoanRefused("depositWaiverReason", "lending.loan.deposit.waiverReason.required");
		}
		if (deposit.method() == DepositMethod.NONE && deposit.cents() > 0) {
			throw new LoanRefused("depositMethod", "lending.loan.deposit.method.required");
		}
		if (policy.goalPlan() == LoanPolicy.GoalPlan.REQUIRED && handover.goalPlan().isBlank()) {
			throw new LoanRefused("goalPlan", "lending.loan.goalPlan.required");
		}
		if (!policy.conditionText().isEmpty() && !conditionConfirmed) {
			throw new LoanRefused("conditionConfirmed", "lending.loan.condition.required", policy.conditionText());
		}
		if (!handover.signedOnScreen() && !handover.signedOnPaper()) {
			throw new LoanRefused("signedOnPaper", "lending.loan.signature.required");
		}
		return new Loan(LoanId.random(), digibank, device, borrower, location, today, dueOn, 0, deposit, eligibilityReason, overrideReason,
				handover, policy.giftAfterTrack(), lentByName, null, null, null, null, null, null, "", "", false, 0);
	}

	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	boolean active() {
		return ending == null;
	}

	/** Days past the due date on {@code today}; 0 when not overdue or ended. */
	long overdueDays(LocalDate today) {
		return active() && today.isAfter(dueOn) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
	}

	/** A later due date, as often as the policy allows. Whether someone is waiting is decided by the queue's listener. */
	LocalDate extend(LoanPolicy policy) {
		requireActive();
		if (extensions >= policy.maxExtensions() || policy.extensionDays() == 0) {
			throw new LoanRefused("extension", "lending.loan.extension.limit", policy.maxExtensions());
		}
		extensions++;
		dueOn = dueOn.plusDays(policy.extensionDays());
		onCallList = false;
		return dueOn;
	}

	/**
	 * The device came back: the check-in checklist, the condition, and the deposit refunded in full or partly retained with
	 * a reason.
	 */
	void registerReturn(Instant at, LocalDate today, boolean complete, boolean accessoriesReturned, String grade, String notes, long refundCents,
			String retentionReason, String byName) {
		requireActive();
		settleDeposit(refundCents, retentionReason);
		this.returnedComplete = complete;
		this.accessoriesBack = accessoriesReturned;
		this.conditionGrade = grade;
		this.damageNotes = notes.strip();
		end(Ending.RETURNED, at, today, byName);
	}

	/** The device was lost or stolen: the loan ends without the device coming back. */
	void registerLoss(Ending lossOrTheft, Instant at, LocalDate today, String notes, long refundCents, String retentionReason, String byName) {
		if (lossOrTheft != Ending.LOST && lossOrTheft != Ending.STOLEN) {
			throw new IllegalArgumentException("not a loss");
		}
		requireActive();
		settleDeposit(refundCents, retentionReason);
		this.damageNotes = notes.strip();
		end(lossOrTheft, at, today, byName);
	}

	/**
	 * The borrower completed the training track and keeps the device: only when the policy said so at checkout. The deposit
	 * is refunded.
	 */
	void convertToGift(Instant at, LocalDate today, String byName) {
		requireActive();
		if (!giftAfterTrack) {
			throw new LoanRefused("gift", "lending.loan.gift.notAllowed");
		}
		if (borrower.isOrganisation()) {
			throw new LoanRefused("gift", "lending.loan.gift.organisation");
		}
		if (deposit.refundedCents() == null) {
			deposit = deposit.settle(deposit.cents(), "");
		}
		end(Ending.GIFT, at, today, byName);
	}

	void putOnCallList() {
		onCallList = true;
	}

	private void settleDeposit(long refundCents, String retentionReason) {
		if (refundCents < 0 || refundCents > deposit.cents()) {
			throw new LoanRefused("refundCents", "lending.loan.refund.range", deposit.cents() / 100.0);
		}
		if (refundCents < deposit.cents() && retentionReason.isBlank()) {
			throw new LoanRefused("retentionReason", "lending.loan.retentionReason.required");
		}
		deposit = deposit.settle(refundCents, retentionReason);
	}

	private void end(Ending how, Instant at, LocalDate today, String byName) {
		this.ending = how;
		this.endedAt = at;
		this.endedOn = today;
		this.endedByName = byName;
		this.onCallList = false;
	}

	private void requireActive() {
		if (!active()) {
			throw new LoanRefused("loan", "lending.loan.ended");
		}
	}

	LoanId id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	LentDevice device() {
		return device;
	}

	Borrower borrower() {
		return borrower;
	}

	@Nullable
	LocationId locationId() {
		return locationId;
	}

	LocalDate startsOn() {
		return startsOn;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	int extensions() {
		return extensions;
	}

	Deposit deposit() {
		return deposit;
	}

	String eligibilityReason() {
		return eligibilityReason;
	}

	String overrideReason() {
		return overrideReason;
	}

	Handover handover() {
		return handover;
	}

	boolean giftAfterTrack() {
		return giftAfterTrack;
	}

	String lentByName() {
		return lentByName;
	}

	@Nullable
	Instant endedAt() {
		return endedAt;
	}

	@Nullable
	LocalDate endedOn() {
		return endedOn;
	}

	@Nullable
	Ending ending() {
		return ending;
	}

	@Nullable
	Boolean returnedComplete() {
		return returnedComplete;
	}

	@Nullable
	Boolean accessoriesBack() {
		return accessoriesBack;
	}

	@Nullable
	String conditionGrade() {
		return conditionGrade;
	}

	String damageNotes() {
		return damageNotes;
	}

	String endedByName() {
		return endedByName;
	}

	boolean onCallList() {
		return onCallList;
	}

	int version() {
		return version;
	}
}
