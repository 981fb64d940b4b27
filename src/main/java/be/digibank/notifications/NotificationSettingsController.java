package be.digibank.notifications;

import be.digibank.notifications.NotificationForms.QuietHoursForm;
import be.digibank.notifications.NotificationViews.ChannelSetup;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quiet hours of the digibank, and whether SMS and e-mail can go out (never the secrets themselves). */
@Controller
class NotificationSettingsController {

	private final NotificationDesk desk;
	private final SmsGateway sms;
	private final EmailChannel email;
	private final NotificationsProperties properties;
	private final MessageSource messages;

	NotificationSettingsController(NotificationDesk desk, SmsGateway sms, EmailChannel email, NotificationsProperties properties,
			MessageSource messages) {
		this.desk = desk;
		this.sms = sms;
		this.email = email;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/notifications/settings")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String settings(Model model) {
		Actor actor = CurrentActor.get();
		QuietHours hours = desk.quietHours(actor);
		return page(new QuietHoursForm(hours.from().toString(), hours.until().toString()), FormErrors.none(), model);
	}

	@PostMapping("/notifications/settings")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String save(@Valid @ModelAttribute("form") QuietHoursForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			response.setStatus(422);
			return page(form, FormErrors.of(binding, messages, locale), model);
		}
		desk.saveQuietHours(CurrentActor.get(), new QuietHours(LocalTime.parse(form.quietFrom()), LocalTime.parse(form.quietUntil())));
		Flash.show(redirect, messages.getMessage("notifications.settings.saved", null, locale));
		return "redirect:/notifications/settings";
	}

	private String page(QuietHoursForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("setup", new ChannelSetup(sms.configured(), properties.smsGateway().from(), email.configured(), email.from()));
		return "notifications/settings";
	}
}
