package be.digibank.lending;

import be.digibank.shared.ConflictException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the request, offer and waiting-list forms may submit: one command record per form, every field text so that what
 * was typed can be shown again. Nothing else (a status, a digibank) is ever bound.
 */
public final class RequestForms {

	static final String CATEGORY = "|LAPTOP|TABLET|SMARTPHONE|MIFI|DATA_SIM";

	private RequestForms() {
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

	public record RequestForm(@NotBlank String personId, @NotBlank @Pattern(regexp = CATEGORY) String category, String locationId,
			@NotBlank @Pattern(regexp = "|NORMAL|URGENT") String urgency, @Size(max = 1000) String note) {
		public RequestForm {
			personId = text(personId).strip();
			category = text(category);
			locationId = text(locationId);
			urgency = text(urgency);
			note = text(note);
		}

		static RequestForm empty(String personId) {
			return new RequestForm(personId, "LAPTOP", "", "NORMAL", "");
		}
	}

	public record CancelForm(@NotBlank @Size(max = 500) String reason, String version) {
		public CancelForm {
			reason = text(reason);
			version = text(version);
		}
	}

	public record SettingsForm(@Pattern(regexp = "|URGENT|JOB_SEEKER") String firstRule, @Pattern(regexp = "|URGENT|JOB_SEEKER") String secondRule,
			@NotBlank @Pattern(regexp = "[1-9]|[12][0-9]|30") String offerHoldDays,
			@NotBlank @Pattern(regexp = "[0-9]|[1-5][0-9]|60") String classSetNoticeDays,
			String classSetNoticeRefused, String version) {
		public SettingsForm {
			firstRule = text(firstRule);
			secondRule = text(secondRule);
			offerHoldDays = text(offerHoldDays).strip();
			classSetNoticeDays = text(classSetNoticeDays).strip();
			classSetNoticeRefused = text(classSetNoticeRefused);
			version = text(version);
		}

		static SettingsForm of(WaitingListSettings settings) {
			return new SettingsForm(settings.rules().isEmpty() ? "" : settings.rules().get(0).name(),
					settings.rules().size() < 2 ? "" : settings.rules().get(1).name(), String.valueOf(settings.offerHoldDays()),
					String.valueOf(settings.classSetNoticeDays()), settings.classSetNoticeRefused() ? "true" : "",
					String.valueOf(settings.version()));
		}

		public boolean refused() {
			return "true".equals(classSetNoticeRefused);
		}
	}
}
