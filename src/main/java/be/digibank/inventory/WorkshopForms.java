package be.digibank.inventory;

import static be.digibank.inventory.InventoryForms.text;

import be.digibank.shared.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the workshop's forms may submit, one command record per form, every field as text so that what was typed is
 * shown again. Numbers may be typed negative: the rules then say why that is refused, next to the field.
 */
public final class WorkshopForms {

	static final String CATEGORIES = "|LAPTOP|DESKTOP|TABLET|SMARTPHONE|MONITOR|MIFI|DATA_SIM|ACCESSORY|OTHER";
	static final String WHOLE_NUMBER = "|-?[0-9]{1,6}";
	static final String AMOUNT = "|-?[0-9]{1,7}([.,][0-9]{1,2})?";

	private WorkshopForms() {
	}

	static @Nullable Integer number(String text) {
		return text.isBlank() ? null : Integer.valueOf(text.strip());
	}

	/** Euros as typed (12,50) in cents. */
	static long cents(String amount) {
		return amount.isBlank() ? 0 : new BigDecimal(amount.strip().replace(',', '.')).movePointRight(2).longValueExact();
	}

	/** A quality check's own fields; the answer per item comes as {@code result-<item>} and {@code note-<item>}. */
	public record QualityCheckForm(@Pattern(regexp = WHOLE_NUMBER) String batteryPercent, @Size(max = 2000) String notes, String version) {
		public QualityCheckForm {
			batteryPercent = text(batteryPercent).strip();
			notes = text(notes);
			version = text(version);
		}

		static QualityCheckForm empty(int version) {
			return new QualityCheckForm("", "", Integer.toString(version));
		}
	}

	public record ChecklistItemForm(@NotBlank @Pattern(regexp = CATEGORIES) String category, @NotBlank @Size(max = 200) String label,
			String required, String version) {
		public ChecklistItemForm {
			category = text(category);
			label = text(label);
			required = text(required);
			version = text(version);
		}
	}

	public record ChecklistChangeForm(String required, @Pattern(regexp = "|[0-9]{1,2}|100") String thresholdPercent, String remove,
			String version) {
		public ChecklistChangeForm {
			required = text(required);
			thresholdPercent = text(thresholdPercent).strip();
			remove = text(remove);
			version = text(version);
		}
	}

	/** A new repair: of our device (by scanned code) or of a citizen's device (a person picked from the search). */
	public record RepairForm(@NotBlank @Pattern(regexp = "|DEVICE|CITIZEN") String kind, @Size(max = 100) String deviceCode, String personId,
			@Pattern(regexp = CATEGORIES) String citizenCategory, @Size(max = 200) String citizenMakeModel,
			@NotBlank @Size(max = 2000) String problem, String technicianId) {
		public RepairForm {
			kind = text(kind);
			deviceCode = text(deviceCode).strip();
			personId = text(personId);
			citizenCategory = text(citizenCategory);
			citizenMakeModel = text(citizenMakeModel);
			problem = text(problem);
			technicianId = text(technicianId);
		}

		static RepairForm empty(String kind, String deviceCode, String technicianId) {
			return new RepairForm(kind, deviceCode, "", "", "", "", technicianId);
		}
	}

	/** The work on a repair, saved against the version it was loaded with. */
	public record RepairWorkForm(@NotBlank @Size(max = 2000) String problem, @Size(max = 2000) String diagnosis, String technicianId,
			String trainee, @Size(max = 200) String trainingTrack, @Pattern(regexp = WHOLE_NUMBER) String minutesSpent,
			@Pattern(regexp = "|FIXED|REPAIRABLE_LATER|END_OF_LIFE") String outcome,
			@Pattern(regexp = "|NO_PARTS|TOO_COSTLY|NO_INFORMATION|OTHER") String barrier,
			@Pattern(regexp = InventoryForms.DATE) String returnedOn, String version) {
		public RepairWorkForm {
			problem = text(problem);
			diagnosis = text(diagnosis);
			technicianId = text(technicianId);
			trainee = text(trainee);
			trainingTrack = text(trainingTrack);
			minutesSpent = text(minutesSpent).strip();
			outcome = text(outcome);
			barrier = text(barrier);
			returnedOn = text(returnedOn).strip();
			version = text(version);
		}

		public boolean isTrainee() {
			return "true".equals(trainee);
		}
	}

	public record PartForm(@NotBlank @Size(max = 200) String partName, @NotBlank @Pattern(regexp = AMOUNT) String partCost) {
		public PartForm {
			partName = text(partName);
			partCost = text(partCost).strip();
		}

		long costCents() {
			long cents = cents(partCost);
			if (cents < 0) {
				throw new FieldProblem("partCost", "inventory.repair.cost.negative");
			}
			return cents;
		}
	}

	public record DataPlanForm(@NotBlank @Size(max = 100) String provider,
			@Size(max = 30) @Pattern(regexp = "|\\+?[0-9 ./-]{6,30}") String phoneNumber,
			@Pattern(regexp = "|[0-9]{1,4}([.,][0-9]{1,2})?") String dataAllowanceGb,
			@NotBlank @Pattern(regexp = InventoryForms.DATE) String validUntil,
			String version) {
		public DataPlanForm {
			provider = text(provider);
			phoneNumber = text(phoneNumber).strip();
			dataAllowanceGb = text(dataAllowanceGb).strip();
			validUntil = text(validUntil).strip();
			version = text(version);
		}
	}

	public record KitForm(@Size(max = 200) String name) {
		public KitForm {
			name = text(name);
		}
	}

	/** A code typed or scanned (a USB scanner types it and presses Enter). */
	public record ScanForm(@NotBlank @Size(max = 100) String code) {
		public ScanForm {
			code = text(code).strip();
		}
	}

	public record StocktakeForm(@NotBlank String locationId) {
		public StocktakeForm {
			locationId = text(locationId);
		}
	}

	public record StocktakeCloseForm(String moveMisplaced, String version) {
		public StocktakeCloseForm {
			moveMisplaced = text(moveMisplaced);
			version = text(version);
		}
	}
}
