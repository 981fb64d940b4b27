package be.digibank.lending;

import be.digibank.shared.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the lending forms may submit: one command record per form. Every field is text, so that whatever was typed can
 * be shown again; anything not named here is never bound.
 */
public final class LoanForms {

	/** An amount in euros as typed: "20", "20,50"; a minus sign is read, so that it can be refused with its own message. */
	static final String EUROS = "|-?[0-9]{1,7}([.,][0-9]{1,2})?";
	static final String DATE = "|[0-9]{4}-[0-9]{2}-[0-9]{2}";

	private LoanForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	static long cents(String euros) {
		return euros.isBlank() ? 0 : new BigDecimal(euros.strip().replace(',', '.')).movePointRight(2).longValueExact();
	}

	static String euros(long cents) {
		return cents % 100 == 0 ? Long.toString(cents / 100) : BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
	}

	/** The version a form was loaded with; anything unreadable counts as stale. */
	static int version(String version) {
		try {
			return Integer.parseInt(version.strip());
		} catch (NumberFormatException unreadable) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	public record CheckoutForm(String deviceId, String personId, @Size(max = 200) String organisationName,
			@Size(max = 200) String organisationContact,
			@Size(max = 50) String organisationPhone, String locationId, @Pattern(regexp = DATE) String dueOn,
			@Pattern(regexp = EUROS) String deposit, @Pattern(regexp = "|CASH|TRANSFER|WAIVED") String depositMethod,
			@Size(max = 500) String depositWaiverReason, @Size(max = 500) String overrideReason, @Size(max = 2000) String goalPlan,
			@Nullable Boolean conditionConfirmed, @Nullable List<String> explained, @Size(max = 500) String accessories,
			@Size(max = 400000) String signature, @Nullable Boolean signedOnPaper) {

		public CheckoutForm {
			deviceId = text(deviceId).strip();
			personId = text(personId).strip();
			organisationName = text(organisationName).strip();
			organisationContact = text(organisationContact).strip();
			organisationPhone = text(organisationPhone).strip();
			locationId = text(locationId);
			dueOn = text(dueOn).strip();
			deposit = text(deposit).strip();
			depositMethod = text(depositMethod);
			depositWaiverReason = text(depositWaiverReason);
			overrideReason = text(overrideReason);
			goalPlan = text(goalPlan);
			explained = explained == null ? List.of() : List.copyOf(explained);
			accessories = text(accessories);
			signature = text(signature);
		}

		static CheckoutForm empty(String deviceId, String personId, String dueOn, String deposit, String locationId) {
			return new CheckoutForm(deviceId, personId, "", "", "", locationId, dueOn, deposit, "", "", "", "", false, List.of(), "", "", false);
		}

		public boolean confirmed() {
			return Boolean.TRUE.equals(conditionConfirmed);
		}

		public boolean onPaper() {
			return Boolean.TRUE.equals(signedOnPaper);
		}
	}

	public record ReturnForm(String version, @Nullable Boolean complete, @Nullable Boolean accessoriesBack,
			@NotBlank @Pattern(regexp = "|A|B|C") String conditionGrade, @Size(max = 2000) String damageNotes,
			@Pattern(regexp = EUROS) String refund, @Size(max = 500) String retentionReason,
			@Pattern(regexp = "|REPLACEMENT_VALUE|FLAT_RATE|WAIVE") String damageDecision, @Pattern(regexp = EUROS) String damageAmount,
			@Size(max = 500) String damageReason) {

		public ReturnForm {
			version = text(version);
			conditionGrade = text(conditionGrade);
			damageNotes = text(damageNotes);
			refund = text(refund).strip();
			retentionReason = text(retentionReason);
			damageDecision = text(damageDecision);
			damageAmount = text(damageAmount).strip();
			damageReason = text(damageReason);
		}

		static ReturnForm empty(int version, long depositCents) {
			return new ReturnForm(Integer.toString(version), false, false, "", "", euros(depositCents), "", "", "", "");
		}
	}

	public record LossForm(String version, @NotBlank @Pattern(regexp = "|LOST|STOLEN") String ending, @Size(max = 2000) String description,
			@NotBlank @Pattern(regexp = "|REPLACEMENT_VALUE|FLAT_RATE|WAIVE") String decision, @Pattern(regexp = EUROS) String amount,
			@Size(max = 500) String incidentReason, @Pattern(regexp = EUROS) String lossRefund, @Size(max = 500) String lossRetentionReason) {

		public LossForm {
			version = text(version);
			ending = text(ending);
			description = text(description);
			decision = text(decision);
			amount = text(amount).strip();
			incidentReason = text(incidentReason);
			lossRefund = text(lossRefund).strip();
			lossRetentionReason = text(lossRetentionReason);
		}

		static LossForm empty(int version) {
			return new LossForm(Integer.toString(version), "", "", "", "", "", "0", "");
		}
	}

	public record VersionForm(String version) {
		public VersionForm {
			version = text(version);
		}
	}

	public record IncidentStatusForm(String version, @NotBlank @Pattern(regexp = "|OPEN|PAID|WAIVED|CLOSED") String status) {
		public IncidentStatusForm {
			version = text(version);
			status = text(status);
		}
	}

	public record BlockForm(@NotBlank @Size(max = 500) String message, @NotBlank @Size(max = 1000) String reason) {
		public BlockForm {
			message = text(message);
			reason = text(reason);
		}
	}

	public record LiftForm(@NotBlank @Size(max = 1000) String liftReason) {
		public LiftForm {
			liftReason = text(liftReason);
		}
	}

	public record PolicyForm(String version,
			@NotBlank @Pattern(regexp = "|LAPTOP|DESKTOP|TABLET|SMARTPHONE|MONITOR|MIFI|DATA_SIM|ACCESSORY|OTHER") String category,
			@NotBlank @Pattern(regexp = "|DAYS|FIXED_DATE") String periodKind, @Pattern(regexp = "|[0-9]{1,4}") String periodDays,
			@Pattern(regexp = "|[0-9]{1,2}-[0-9]{1,2}") String dueDayMonth, @NotBlank @Pattern(regexp = "|[0-9]{1,2}") String maxExtensions,
			@NotBlank @Pattern(regexp = "|[0-9]{1,3}") String extensionDays, @Pattern(regexp = EUROS) String deposit,
			@Size(max = 1000) @Pattern(regexp = "|[A-Z_, ]*") String waiverProofTypes, @Nullable Boolean eligibilityRequired,
			@NotBlank @Pattern(regexp = "|[0-9]{1,3}") String maxConcurrentLoans,
			@NotBlank @Pattern(regexp = "|REQUIRED|OPTIONAL|NONE") String goalPlan,
			@Size(max = 500) String conditionText, @Nullable Boolean giftAfterTrack, @NotBlank @Pattern(regexp = "|[0-9]{1,2}") String dueSoonDays,
			@Size(max = 200) String overdueSteps) {

		public PolicyForm {
			version = text(version);
			category = text(category);
			periodKind = text(periodKind);
			periodDays = text(periodDays).strip();
			dueDayMonth = text(dueDayMonth).strip();
			maxExtensions = text(maxExtensions).strip();
			extensionDays = text(extensionDays).strip();
			deposit = text(deposit).strip();
			waiverProofTypes = text(waiverProofTypes).strip();
			maxConcurrentLoans = text(maxConcurrentLoans).strip();
			goalPlan = text(goalPlan);
			conditionText = text(conditionText);
			dueSoonDays = text(dueSoonDays).strip();
			overdueSteps = text(overdueSteps).strip();
		}

		static PolicyForm of(LoanPolicy policy) {
			return new PolicyForm(Integer.toString(policy.version()), policy.category().name(), policy.periodDays() == null ? "FIXED_DATE" : "DAYS",
					policy.periodDays() == null ? "" : policy.periodDays().toString(),
					policy.dueMonthDay() == null ? "" : policy.dueMonthDay().getDayOfMonth() + "-" + policy.dueMonthDay().getMonthValue(),
					Integer.toString(policy.maxExtensions()), Integer.toString(policy.extensionDays()), euros(policy.depositCents()),
					policy.waiverText(), policy.eligibilityRequired(), Integer.toString(policy.maxConcurrentLoans()), policy.goalPlan().name(),
					policy.conditionText(), policy.giftAfterTrack(), Integer.toString(policy.dueSoonDays()), policy.stepsText());
		}
	}
}
