package be.digibank.network;

import be.digibank.shared.ConflictException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the network's forms may submit: one command record per form. Every field is text, so that whatever was typed can
 * be shown again; anything not named here (an id, a digibank) is never bound.
 */
public final class NetworkForms {

	static final String TIME = "|([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";
	static final String DATE = "|[0-9]{4}-[0-9]{2}-[0-9]{2}";
	static final String POSTCODE = "|[1-9][0-9]{3}";

	private NetworkForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The version a form was loaded with; anything unreadable counts as stale. */
	static int version(String version) {
		try {
			return Integer.parseInt(version.strip());
		} catch (NumberFormatException unreadable) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	public record PartnerForm(@NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "|SOCIAL_SERVICES|LIBRARY|WELFARE|LOCAL_SERVICE_CENTRE|SOCIAL_ECONOMY|TRAINING_PROVIDER|NGO|COMPANY|OTHER") String type,
			@Email @Size(max = 200) String contactEmail, @Size(max = 50) String contactPhone, String version) {
		public PartnerForm {
			name = text(name);
			type = text(type);
			contactEmail = text(contactEmail).strip();
			contactPhone = text(contactPhone);
			version = text(version);
		}

		static PartnerForm empty() {
			return new PartnerForm("", "", "", "", "0");
		}
	}

	public record LocationForm(@NotBlank String partnerId, @NotBlank @Size(max = 200) String name,
			@NotBlank @Pattern(regexp = "|FIXED|MOBILE|OUTREACH_AREA") String kind, @Size(max = 200) String street,
			@Pattern(regexp = POSTCODE) String postcode, @Size(max = 100) String municipality,
			@Size(max = 2000) String accessibilityNotes,
			@Pattern(regexp = "|[0-9]{1,2}|[1-4][0-9]{2}|500") String publicComputers, String version) {
		public LocationForm {
			partnerId = text(partnerId);
			name = text(name);
			kind = text(kind);
			street = text(street);
			postcode = text(postcode).strip();
			municipality = text(municipality);
			accessibilityNotes = text(accessibilityNotes);
			publicComputers = text(publicComputers).strip();
			version = text(version);
		}

		int computers() {
			return publicComputers.isEmpty() ? 0 : Integer.parseInt(publicComputers);
		}
	}

	public record SlotForm(@NotBlank @Pattern(regexp = "|[1-7]") String day, @NotBlank @Pattern(regexp = TIME) String startsAt,
			@NotBlank @Pattern(regexp = TIME) String endsAt) {
		public SlotForm {
			day = text(day);
			startsAt = text(startsAt).strip();
			endsAt = text(endsAt).strip();
		}

		static SlotForm empty() {
			return new SlotForm("", "", "");
		}
	}

	public record ExceptionForm(@NotBlank @Pattern(regexp = DATE) String onDate,
			@NotBlank @Pattern(regexp = "|CLOSED|EXTRA") String kind, @Pattern(regexp = TIME) String exceptionStartsAt,
			@Pattern(regexp = TIME) String exceptionEndsAt, @Size(max = 200) String reason) {
		public ExceptionForm {
			onDate = text(onDate).strip();
			kind = text(kind);
			exceptionStartsAt = text(exceptionStartsAt).strip();
			exceptionEndsAt = text(exceptionEndsAt).strip();
			reason = text(reason);
		}

		static ExceptionForm empty() {
			return new ExceptionForm("", "CLOSED", "", "", "");
		}
	}

	public record DigibankForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String region, String version) {
		public DigibankForm {
			name = text(name);
			region = text(region);
			version = text(version);
		}
	}

	public record MunicipalityForm(@NotBlank @Pattern(regexp = POSTCODE) String postcode,
			@NotBlank @Size(max = 100) String municipality) {
		public MunicipalityForm {
			postcode = text(postcode).strip();
			municipality = text(municipality);
		}

		static MunicipalityForm empty() {
			return new MunicipalityForm("", "");
		}
	}

	public record FundingProjectForm(@NotBlank @Size(max = 200) String projectName,
			@NotBlank @Size(max = 200) String fundingSource, @NotBlank @Pattern(regexp = DATE) String startsOn,
			@NotBlank @Pattern(regexp = DATE) String endsOn) {
		public FundingProjectForm {
			projectName = text(projectName);
			fundingSource = text(fundingSource);
			startsOn = text(startsOn).strip();
			endsOn = text(endsOn).strip();
		}

		static FundingProjectForm empty() {
			return new FundingProjectForm("", "", "", "");
		}
	}

	public record NewDigibankForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String region) {
		public NewDigibankForm {
			name = text(name);
			region = text(region);
		}

		static NewDigibankForm empty() {
			return new NewDigibankForm("", "");
		}
	}

	/** A partner organisation as the JSON API accepts it. */
	public record PartnerRequest(@NotBlank @Size(max = 200) String name, @NotNull PartnerType type,
			@Email @Size(max = 200) String contactEmail, @Size(max = 50) String contactPhone) {
		public PartnerRequest {
			contactEmail = text(contactEmail).strip();
			contactPhone = text(contactPhone);
		}
	}
}
