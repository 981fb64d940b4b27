package be.digibank.people;

import be.digibank.people.PeopleViews.DuplicatePair;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's duplicates screen, the side-by-side comparison, merge and undo. */
@Controller
class DuplicatesController {

	static final int PAGE_SIZE = 25;

	private final PersonMerges merges;
	private final MessageSource messages;

	DuplicatesController(PersonMerges merges, MessageSource messages) {
		this.merges = merges;
		this.messages = messages;
	}

	@GetMapping("/people/duplicates")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String pairs(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		int current = Math.max(0, Math.min(page, 1000));
		List<DuplicatePair> pairs = merges.pairs(actor, current, PAGE_SIZE);
		model.addAttribute("pairs", pairs.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", pairs.size() > PAGE_SIZE);
		model.addAttribute("undoDays", merges.undoDays());
		return "people/duplicates";
	}

	@GetMapping("/people/duplicates/{personId}/{otherPersonId}")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String compare(@PathVariable String personId, @PathVariable String otherPersonId, Model model) {
		Actor actor = CurrentActor.get();
		PeopleViews.Comparison comparison = merges.compare(actor, PeopleController.id(personId), PeopleController.id(otherPersonId));
		model.addAttribute("comparison", comparison);
		return "people/duplicate";
	}

	/** Keeps {personId}, merges {otherPersonId} into it. */
	@PostMapping("/people/duplicates/{personId}/{otherPersonId}/merge")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String merge(@PathVariable String personId, @PathVariable String otherPersonId, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId survivor = PeopleController.id(personId);
		merges.merge(actor, survivor, PeopleController.id(otherPersonId));
		Flash.show(redirect, messages.getMessage("people.merge.done", null, locale));
		return "redirect:/people/merges";
	}

	/** The coordinator looked and saw two different people: the pair leaves the duplicates screen for good. */
	@PostMapping("/people/duplicates/{personId}/{otherPersonId}/dismiss")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String dismiss(@PathVariable String personId, @PathVariable String otherPersonId, Locale locale, RedirectAttributes redirect) {
		merges.dismiss(CurrentActor.get(), PeopleController.id(personId), PeopleController.id(otherPersonId));
		Flash.show(redirect, messages.getMessage("people.duplicates.dismissed", null, locale));
		return "redirect:/people/duplicates";
	}

	@GetMapping("/people/merges")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String recent(Model model) {
		model.addAttribute("merges", merges.recent(CurrentActor.get()));
		model.addAttribute("undoDays", merges.undoDays());
		return "people/merges";
	}

	@PostMapping("/people/merges/{mergeId}/undo")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String undo(@PathVariable String mergeId, Locale locale, RedirectAttributes redirect) {
		merges.undo(CurrentActor.get(), PeopleController.uuid(mergeId));
		Flash.show(redirect, messages.getMessage("people.merge.undone", null, locale));
		return "redirect:/people/merges";
	}
}
