package be.digibank.notifications;

import be.digibank.notifications.NotificationForms.HandSentForm;
import be.digibank.notifications.NotificationForms.PreferenceForm;
import be.digibank.notifications.NotificationViews.MessageRow;
import be.digibank.notifications.NotificationViews.PersonPreference;
import be.digibank.notifications.PreferenceRepository.Preference;
import be.digibank.people.PersonContact;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice.Importance;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's messages at the counter: what was sent and how it went, their channel wishes, and a message sent by hand.
 */
@Controller
class PersonMessagesController {

	private final NotificationDesk desk;
	private final TemplateCatalogue catalogue;
	private final MessageSource messages;

	PersonMessagesController(NotificationDesk desk, TemplateCatalogue catalogue, MessageSource messages) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/people/{personId}/notifications")
	@PreAuthorize("hasAuthority('PERSON_MESSAGES_VIEW')")
	String messages(@PathVariable String personId, Locale locale, Model model) {
		Actor actor = CurrentActor.get();
		UUID person = OutboxController.uuid(personId);
		return page(actor, person, HandSentForm.empty(), FormErrors.none(), locale, model);
	}

	@PostMapping("/people/{personId}/notifications/preference")
	@PreAuthorize("hasAuthority('PERSON_MESSAGE_SEND')")
	String preference(@PathVariable String personId, @ModelAttribute PreferenceForm form, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID person = OutboxController.uuid(personId);
		desk.person(actor, person);
		Set<NoticeChannel> channels = EnumSet.noneOf(NoticeChannel.class);
		if (form.channels() != null) {
			form.channels().forEach(name -> OutboxController.parse(NoticeChannel.class, name).ifPresent(channels::add));
		}
		desk.savePreference(actor, person, new Preference(channels, Boolean.TRUE.equals(form.optionalOptOut())));
		Flash.show(redirect, messages.getMessage("notifications.person.preference.saved", null, locale));
		return "redirect:/people/" + person + "/notifications";
	}

	@PostMapping("/people/{personId}/notifications/send")
	@PreAuthorize("hasAuthority('PERSON_MESSAGE_SEND')")
	String send(@PathVariable String personId, @Valid @ModelAttribute("form") HandSentForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID person = OutboxController.uuid(personId);
		desk.person(actor, person);
		if (!binding.hasFieldErrors("template") && !catalogue.knows(form.template())) {
			binding.rejectValue("template", "notifications.send.error.template");
		}
		Map<String, String> values = new LinkedHashMap<>();
		if (catalogue.knows(form.template())) {
			for (String placeholder : catalogue.suppliedOf(form.template())) {
				if ("name".equals(placeholder)) {
					continue;
				}
				String value = form.value(placeholder);
				if (value.isEmpty() && !binding.hasFieldErrors(placeholder)) {
					binding.rejectValue(placeholder, "notifications.send.error.value");
				}
				values.put(placeholder, value);
			}
		}
		if (binding.hasErrors()) {
			response.setStatus(422);
			return page(actor, person, form, FormErrors.of(binding, messages, locale), locale, model);
		}
		Set<NoticeChannel> channels = OutboxController.parse(NoticeChannel.class, form.channel()).map(c -> (Set<NoticeChannel>) EnumSet.of(c))
				.orElse(Set.of());
		desk.sendByHand(actor, person, form.template(), channels, Importance.valueOf(form.importance()), values);
		Flash.show(redirect, messages.getMessage("notifications.send.done", null, locale));
		return "redirect:/people/" + person + "/notifications";
	}

	private String page(Actor actor, UUID person, HandSentForm form, FormErrors errors, Locale locale, Model model) {
		PersonContact contact = desk.person(actor, person);
		List<MessageRow> rows = desk.messagesOf(actor, person).stream().map(MessageRow::of).toList();
		Preference preference = desk.preference(actor, person);
		model.addAttribute("personId", person.toString());
		model.addAttribute("personName", contact.displayName());
		model.addAttribute("noContact", contact.noContact());
		model.addAttribute("usual", ChannelChoice.fromContactData(contact).stream().map(Enum::name).toList());
		model.addAttribute("rows", rows);
		model.addAttribute("preference",
				new PersonPreference(preference.channels().stream().sorted().map(Enum::name).toList(), preference.optionalOptOut()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("templates",
				catalogue.keys().stream().map(key -> new Option(key, messages.getMessage("notifications.template." + key, null, locale))).toList());
		model.addAttribute("channels", Arrays.stream(NoticeChannel.values())
				.map(c -> new Option(c.name(), messages.getMessage("notifications.channel." + c.name(), null, locale))).toList());
		model.addAttribute("importances", Arrays.stream(Importance.values())
				.map(i -> new Option(i.name(), messages.getMessage("notifications.importance." + i.name(), null, locale))).toList());
		return "notifications/person";
	}
}
