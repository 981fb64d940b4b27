package be.digibank.notifications;

import be.digibank.notifications.MessageTemplate.Problem;
import be.digibank.notifications.NotificationForms.TemplateForm;
import be.digibank.notifications.NotificationViews.Preview;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator words the messages of the digibank: per template and language, with a preview filled with example
 * values (live with htmx, or with the preview button without JavaScript), and back to the default wording at any time.
 * The template and language are form values, not path variables: every digibank has the same keys.
 */
@Controller
class TemplateController {

	private final NotificationDesk desk;
	private final TemplateCatalogue catalogue;
	private final MessageSource messages;
	private final Templates templates;

	TemplateController(NotificationDesk desk, TemplateCatalogue catalogue, MessageSource messages, Templates templates) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.messages = messages;
		this.templates = templates;
	}

	@GetMapping("/notifications/templates")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String list(Model model) {
		model.addAttribute("templates", desk.templates(CurrentActor.get()));
		return "notifications/templates";
	}

	@GetMapping("/notifications/templates/edit")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String edit(@RequestParam(required = false) @Nullable String key, @RequestParam(required = false) @Nullable String language, Model model) {
		Actor actor = CurrentActor.get();
		String chosenKey = key != null && catalogue.knows(key) ? key : catalogue.keys().getFirst();
		String chosenLanguage = language != null && TemplateCatalogue.LANGUAGES.contains(language) ? language : "nl";
		TemplateForm form = TemplateForm.of(chosenKey, chosenLanguage, desk.template(actor, chosenKey, chosenLanguage));
		return page(actor, form, FormErrors.none(), model);
	}

	@PostMapping("/notifications/templates/edit")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String save(@Valid @ModelAttribute("form") TemplateForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		TemplateForm known = known(form);
		check(known, binding);
		if (binding.hasErrors()) {
			response.setStatus(422);
			return page(actor, known, FormErrors.of(binding, messages, locale), model);
		}
		desk.saveTemplate(actor, known.key(), known.language(), known.template());
		Flash.show(redirect, messages.getMessage("notifications.template.saved", null, locale));
		return "redirect:/notifications/templates/edit?key=" + known.key() + "&language=" + known.language();
	}

	/** Shows the wording filled with example values without saving; problems are shown as they will be when saving. */
	@PostMapping("/notifications/templates/preview")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String preview(@Valid @ModelAttribute("form") TemplateForm form, BindingResult binding, Locale locale, Model model) {
		TemplateForm known = known(form);
		check(known, binding);
		return page(CurrentActor.get(), known, FormErrors.of(binding, messages, locale), model);
	}

	@PostMapping("/notifications/templates/reset")
	@PreAuthorize("hasAuthority('NOTIFICATION_ADMINISTER')")
	String reset(@RequestParam(required = false) @Nullable String key, @RequestParam(required = false) @Nullable String language, Locale locale,
			RedirectAttributes redirect) {
		if (key == null || !catalogue.knows(key) || language == null || !TemplateCatalogue.LANGUAGES.contains(language)) {
			return "redirect:/notifications/templates";
		}
		boolean reset = desk.resetTemplate(CurrentActor.get(), key, language);
		Flash.show(redirect, messages.getMessage(reset ? "notifications.template.reset.done" : "notifications.template.reset.already", null, locale));
		return "redirect:/notifications/templates/edit?key=" + key + "&language=" + language;
	}

	/** A key or language that does not exist (a tampered form) falls back to the first template in Dutch. */
	private TemplateForm known(TemplateForm form) {
		String key = catalogue.knows(form.key()) ? form.key() : catalogue.keys().getFirst();
		String language = TemplateCatalogue.LANGUAGES.contains(form.language()) ? form.language() : "nl";
		return new TemplateForm(key, language, form.smsText(), form.emailSubject(), form.emailBody(), form.letterBody());
	}

	private void check(TemplateForm form, BindingResult binding) {
		for (Problem problem : form.template().problems(catalogue.placeholdersOf(form.key()), templates.examples(form.key(), form.language()))) {
			if (!binding.hasFieldErrors(problem.field())) {
				binding.rejectValue(problem.field(), problem.messageKey(), new Object[]{problem.argument(), MessageTemplate.SMS_LIMIT},
						problem.messageKey());
			}
		}
	}

	private String page(Actor actor, TemplateForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("placeholders", catalogue.orderedPlaceholdersOf(form.key()));
		model.addAttribute("own", desk.ownTemplate(actor, form.key(), form.language()));
		MessageTemplate filled = form.template().fill(templates.examples(form.key(), form.language()));
		model.addAttribute("preview", new Preview(filled.smsText(), filled.emailSubject(), filled.emailBody(), filled.letterBody()));
		return "notifications/template";
	}
}
