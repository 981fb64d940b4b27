package be.digibank.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the notifications forms may submit: one command record per form, every field text so that it can be shown again.
 */
public final class NotificationForms {

	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private NotificationForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The wording of one template in one language. */
	public record TemplateForm(@Size(max = 100) String key, @Pattern(regexp = "nl|fr|en") String language, @NotBlank @Size(max = 1000) String smsText,
			@NotBlank @Size(max = 200) String emailSubject, @NotBlank @Size(max = 5000) String emailBody,
			@NotBlank @Size(max = 5000) String letterBody) {

		public TemplateForm {
			key = text(key);
			language = text(language);
			smsText = text(smsText).strip();
			emailSubject = text(emailSubject).strip();
			emailBody = text(emailBody).strip().replace("\r\n", "\n");
			letterBody = text(letterBody).strip().replace("\r\n", "\n");
		}

		static TemplateForm of(String key, String language, MessageTemplate template) {
			return new TemplateForm(key, language, template.smsText(), template.emailSubject(), template.emailBody(), template.letterBody());
		}

		MessageTemplate template() {
			return new MessageTemplate(smsText, emailSubject, emailBody, letterBody);
		}
	}

	/** The quiet hours of the digibank, as HH:mm. */
	public record QuietHoursForm(@NotBlank @Pattern(regexp = "|" + TIME) String quietFrom,
			@NotBlank @Pattern(regexp = "|" + TIME) String quietUntil) {

		public QuietHoursForm {
			quietFrom = text(quietFrom).strip();
			quietUntil = text(quietUntil).strip();
		}
	}

	/** A person's channels (none ticked: from the contact data) and whether they want optional messages. */
	public record PreferenceForm(@Nullable List<String> channels, @Nullable Boolean optionalOptOut) {
	}

	/** A message sent by hand from the person's page. */
	public record HandSentForm(@NotBlank @Size(max = 100) String template, @Pattern(regexp = "|SMS|EMAIL|LETTER") String channel,
			@NotBlank @Pattern(regexp = "|ESSENTIAL|OPTIONAL") String importance, @Size(max = 200) String device, @Size(max = 200) String deviceType,
			@Size(max = 200) String devices, @Size(max = 200) String location, @Size(max = 20) String dueDate, @Size(max = 20) String until,
			@Size(max = 20) String from, @Size(max = 20) String to, @Size(max = 5) String daysOverdue) {

		public HandSentForm {
			template = text(template);
			channel = text(channel);
			importance = text(importance);
			device = text(device).strip();
			deviceType = text(deviceType).strip();
			devices = text(devices).strip();
			location = text(location).strip();
			dueDate = text(dueDate).strip();
			until = text(until).strip();
			from = text(from).strip();
			to = text(to).strip();
			daysOverdue = text(daysOverdue).strip();
		}

		static HandSentForm empty() {
			return new HandSentForm("lending.manual-reminder", "", "ESSENTIAL", "", "", "", "", "", "", "", "", "");
		}

		String value(String placeholder) {
			return switch (placeholder) {
				case "device" -> device;
				case "deviceType" -> deviceType;
				case "devices" -> devices;
				case "location" -> location;
				case "dueDate" -> dueDate;
				case "until" -> until;
				case "from" -> from;
				case "to" -> to;
				case "daysOverdue" -> daysOverdue;
				default -> "";
			};
		}
	}
}
