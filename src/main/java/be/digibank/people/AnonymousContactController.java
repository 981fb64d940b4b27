package be.digibank.people;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
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

/** "Helped without registering": the counter logs a contact in a few taps; the digibank sees how many. */
@Controller
class AnonymousContactController {

	private static final int SHOWN = 50;

	private final AnonymousContacts contacts;
	private final PeopleDesk people;
	private final MessageSource messages;

	AnonymousContactController(AnonymousContacts contacts, PeopleDesk people, MessageSource messages) {
		this.contacts = contacts;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/people/anonymous-contacts")
	@PreAuthorize("hasAuthority('ANONYMOUS_CONTACT_LOG')")
	String list(Model model) {
		return page(AnonymousContactForm.empty(contacts.today()), FormErrors.none(), model);
	}

	@PostMapping("/people/anonymous-contacts")
	@PreAuthorize("hasAuthority('ANONYMOUS_CONTACT_LOG')")
	String log(@ModelAttribute("form") AnonymousContactForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		AnonymousContacts.Contact contact = form.check(binding, people.servedMunicipalities(actor).keySet(), contacts.today());
		if (contact == null) {
			response.setStatus(422);
			return page(form, FormErrors.of(binding, messages, locale), model);
		}
		contacts.log(actor, contact);
		Flash.show(redirect, messages.getMessage("people.anonymous.logged", null, locale));
		return "redirect:/people/anonymous-contacts";
	}

	private String page(AnonymousContactForm form, FormErrors errors, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("served", people.servedMunicipalities(actor));
		model.addAttribute("recent", contacts.recent(actor, SHOWN));
		model.addAttribute("months", contacts.perMonth(actor));
		return "people/anonymousContacts";
	}
}
