package be.digibank.inventory;

import be.digibank.inventory.InventoryForms.DonationForm;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Donation batches and their donors. */
@Controller
class DonationController {

	private final DonationAdministration donations;
	private final InventoryLabels labels;
	private final Clock clock;

	DonationController(DonationAdministration donations, InventoryLabels labels, Clock clock) {
		this.donations = donations;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/donations")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public String list(Model model) {
		model.addAttribute("donations", donations.list(CurrentActor.get()));
		return "inventory/donations";
	}

	@GetMapping("/donations/new")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public String newDonation(Model model, Locale locale) {
		return form(model, locale, CurrentActor.get(),
				DonationForm.empty(clock.instant().atZone(DeviceController.BRUSSELS).toLocalDate().toString()),
				FormErrors.none());
	}

	@PostMapping("/donations")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public String create(@Valid @ModelAttribute("form") DonationForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LocalDate receivedOn = null;
		if (!result.hasFieldErrors("receivedOn")) {
			try {
				receivedOn = LocalDate.parse(form.receivedOn());
			} catch (DateTimeParseException unreadable) {
				result.rejectValue("receivedOn", "date.invalid");
			}
		}
		boolean known = !form.donorId().isBlank();
		if (!known && form.donorName().isBlank()) {
			result.rejectValue("donorName", "donation.donor.needed");
		}
		if (!known && form.donorKind().isBlank()) {
			result.rejectValue("donorKind", "NotBlank");
		}
		if (!result.hasErrors() && receivedOn != null) {
			try {
				DonorId donorId = known
						? DonorId.parse(form.donorId().strip())
								.orElseThrow(() -> new FieldProblem("donorId", "device.reference.unknown"))
						: null;
				DonationRepository.NewDonor newDonor = known
						? null
						: new DonationRepository.NewDonor(DonorKind.valueOf(form.donorKind()), form.donorName(),
								form.contactName(), form.contactEmail(), form.contactPhone(), form.consent());
				DonationId id = donations.receive(actor, donorId, newDonor,
						new DonationRepository.NewDonation(receivedOn, count(form.countAnnounced()),
								count(form.countReceived()), form.collectionPoint(), form.custodyNote()));
				Flash.show(redirect, labels.t("donation.created", locale));
				return "redirect:/donations/" + id;
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, form, labels.errors(result, locale));
	}

	@GetMapping("/donations/{donationId}")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public String show(@PathVariable String donationId, Model model) {
		DonationId id = DonationId.parse(donationId).orElseThrow(NotFoundException::new);
		model.addAttribute("details", donations.details(CurrentActor.get(), id));
		return "inventory/donation";
	}

	@GetMapping("/donors/{donorId}")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public String donor(@PathVariable String donorId, Model model) {
		Actor actor = CurrentActor.get();
		DonorId id = DonorId.parse(donorId).orElseThrow(NotFoundException::new);
		model.addAttribute("donor", donations.donor(actor, id));
		model.addAttribute("donations", donations.donationsOf(actor, id));
		return "inventory/donor";
	}

	private String form(Model model, Locale locale, Actor actor, DonationForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("donors", donations.donors(actor).stream()
				.map(donor -> new Option(donor.id().toString(), donor.name())).toList());
		model.addAttribute("donorKinds", labels.options(DonorKind.class, "donorKind.", locale));
		return "inventory/donationForm";
	}

	private static int count(String text) {
		return text.isEmpty() ? 0 : Integer.parseInt(text);
	}
}
