package be.digibank.inventory;

import be.digibank.shared.ConflictException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the device bank's forms may submit: one command record per form. Every field is text, so that whatever was typed
 * can be shown again; anything not named here (an id, a digibank, a state) is never bound.
 */
public final class InventoryForms {

	static final String DATE = "|[0-9]{4}-[0-9]{2}-[0-9]{2}";
	static final String COUNT = "|[0-9]{1,5}";

	private InventoryForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	static @Nullable Integer number(String text) {
		return text.isEmpty() ? null : Integer.valueOf(text);
	}

	/** The version a form was loaded with; anything unreadable counts as stale. */
	static int version(String version) {
		try {
			return Integer.parseInt(version.strip());
		} catch (NumberFormatException unreadable) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	public record DeviceForm(
			@NotBlank @Pattern(regexp = "|LAPTOP|DESKTOP|TABLET|SMARTPHONE|MONITOR|MIFI|DATA_SIM|ACCESSORY|OTHER") String category,
			@Size(max = 100) String make, @Size(max = 100) String model, @Size(max = 100) String serial,
			@Size(max = 100) String cpu, @Pattern(regexp = "|[0-9]{1,4}") String ramGb,
			@Pattern(regexp = "|HDD|SSD|NVME|EMMC|NONE") String storageType, @Pattern(regexp = COUNT) String storageGb,
			@Size(max = 100) String screen, @Pattern(regexp = "|[0-9]|[1-9][0-9]|100") String batteryHealth,
			@Size(max = 100) String os, @Pattern(regexp = "|A|B|C") String grade,
			@NotBlank @Pattern(regexp = "|REUSABLE|PARTS_ONLY|E_WASTE") String triage, String locationId,
			String ownerPartnerId, String donationId,
			@Pattern(regexp = "|[0-9]{1,7}([.,][0-9]{1,2})?") String replacementValue) {
		public DeviceForm {
			category = text(category);
			make = text(make);
			model = text(model);
			serial = text(serial).strip();
			cpu = text(cpu);
			ramGb = text(ramGb).strip();
			storageType = text(storageType);
			storageGb = text(storageGb).strip();
			screen = text(screen);
			batteryHealth = text(batteryHealth).strip();
			os = text(os);
			grade = text(grade);
			triage = text(triage);
			locationId = text(locationId);
			ownerPartnerId = text(ownerPartnerId);
			donationId = text(donationId);
			replacementValue = text(replacementValue).strip();
		}

		static DeviceForm empty(String donationId) {
			return new DeviceForm("LAPTOP", "", "", "", "", "", "", "", "", "", "", "", "REUSABLE", "", "", donationId, "");
		}

		long replacementValueCents() {
			return replacementValue.isEmpty()
					? 0
					: new BigDecimal(replacementValue.replace(',', '.')).movePointRight(2).longValueExact();
		}
	}

	/** A move; the recycling reference is checked by the device (only the move to RECYCLED needs it). */
	public record TransitionForm(@NotBlank String target, @Size(max = 500) String reason, String recyclingReference,
			String version) {
		public TransitionForm {
			target = text(target);
			reason = text(reason);
			recyclingReference = text(recyclingReference);
			version = text(version);
		}
	}

	public record SanitisationForm(@NotBlank @Size(max = 200) String medium,
			@NotBlank @Pattern(regexp = "|CLEAR|PURGE|DESTROY") String method,
			@NotBlank @Pattern(regexp = "|OVERWRITE|BLOCK_ERASE|CRYPTO_ERASE|SANITIZE_COMMAND|FACTORY_RESET|PHYSICAL_DESTRUCTION") String technique,
			@NotBlank @Size(max = 200) String tool, @Size(max = 100) String toolVersion,
			@NotBlank @Size(max = 200) String operatorName, @NotBlank @Pattern(regexp = DATE) String performedOn,
			@NotBlank @Pattern(regexp = "|PASSED|FAILED") String result, @Size(max = 1000) String verification) {
		public SanitisationForm {
			medium = text(medium);
			method = text(method);
			technique = text(technique);
			tool = text(tool);
			toolVersion = text(toolVersion);
			operatorName = text(operatorName);
			performedOn = text(performedOn).strip();
			result = text(result);
			verification = text(verification);
		}

		static SanitisationForm empty(String operatorName, String today) {
			return new SanitisationForm("", "PURGE", "", "", "", operatorName, today, "PASSED", "");
		}
	}

	public record DonationForm(String donorId, @Pattern(regexp = "|COMPANY|PUBLIC_BODY|ORGANISATION|CITIZEN") String donorKind,
			@Size(max = 200) String donorName, @Size(max = 200) String contactName,
			@Email @Size(max = 200) String contactEmail, @Size(max = 50) String contactPhone, String thanksConsent,
			@NotBlank @Pattern(regexp = DATE) String receivedOn, @Pattern(regexp = COUNT) String countAnnounced,
			@Pattern(regexp = COUNT) String countReceived, @Size(max = 200) String collectionPoint,
			@Size(max = 2000) String custodyNote) {
		public DonationForm {
			donorId = text(donorId);
			donorKind = text(donorKind);
			donorName = text(donorName);
			contactName = text(contactName);
			contactEmail = text(contactEmail).strip();
			contactPhone = text(contactPhone);
			thanksConsent = text(thanksConsent);
			receivedOn = text(receivedOn).strip();
			countAnnounced = text(countAnnounced).strip();
			countReceived = text(countReceived).strip();
			collectionPoint = text(collectionPoint);
			custodyNote = text(custodyNote);
		}

		static DonationForm empty(String today) {
			return new DonationForm("", "COMPANY", "", "", "", "", "", today, "", "", "", "");
		}

		public boolean consent() {
			return "true".equals(thanksConsent);
		}
	}
}
