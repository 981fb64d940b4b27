package be.digibank.lending;

import be.digibank.inventory.DeviceId;
import be.digibank.inventory.DeviceLending.LendableDevice;
import be.digibank.lending.LoanDesk.CheckoutCommand;
import be.digibank.lending.LoanForms.CheckoutForm;
import be.digibank.lending.LoanViews.CheckoutPreview;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * The lending counter's checkout: scan a device (a USB scanner types the code and presses Enter), pick the person or
 * name the organisation, see the verdict and the policy, record the handover and the signature, lend.
 */
@Controller
class CheckoutController {

	/** A PNG drawn on the signature pad, as a data URL; nothing else is stored as a signature. */
	static final Pattern SIGNATURE = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]{100,399000}");

	private final LoanDesk desk;
	private final LoanLabels labels;

	CheckoutController(LoanDesk desk, LoanLabels labels) {
		this.desk = desk;
		this.labels = labels;
	}

	@GetMapping("/loans/new")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String page(@RequestParam(defaultValue = "") String deviceId, @RequestParam(defaultValue = "") String personId,
			@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String q, Model model, Locale locale,
			HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		FormErrors scanErrors = FormErrors.none();
		DeviceId device = DeviceId.parse(deviceId).orElse(null);
		if (!code.isBlank()) {
			Optional<LendableDevice> found = desk.deviceByCode(actor, code);
			if (found.isPresent()) {
				device = found.get().id();
			} else {
				scanErrors.add("code", labels.t("lending.loan.device.unknownCode", locale, code.strip()));
				response.setStatus(404);
			}
		}
		PersonId person = PersonId.parse(personId).orElse(null);
		CheckoutPreview preview = desk.preview(actor, device, person);
		String chosenDevice = preview.device() == null ? "" : preview.device().id().toString();
		String chosenPerson = preview.person() == null ? "" : preview.person().id().toString();
		String location = preview.device() == null || preview.device().locationId() == null ? "" : preview.device().locationId().toString();
		CheckoutForm form = CheckoutForm.empty(chosenDevice, chosenPerson, preview.dueOn() == null ? "" : preview.dueOn().toString(),
				LoanForms.euros(preview.depositCents()), location);
		return render(model, locale, actor, preview, form, FormErrors.none(), scanErrors, code.strip(), q.strip());
	}

	@PostMapping("/loans")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String checkout(@Valid @ModelAttribute("form") CheckoutForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId device = DeviceId.parse(form.deviceId()).orElse(null);
		PersonId person = PersonId.parse(form.personId()).orElse(null);
		FormErrors errors = labels.errors(result, locale);
		int status = 422;
		if (device == null) {
			errors.add("code", labels.t("lending.loan.device.required", locale));
		}
		if (!form.personId().isEmpty() && person == null) {
			errors.add("personId", labels.t("lending.loan.person.unknown", locale));
		}
		LocationId location = null;
		if (!form.locationId().isBlank()) {
			location = LocationId.parse(form.locationId()).orElse(null);
			if (location == null) {
				errors.add("locationId", labels.t("lending.loan.location.unknown", locale));
			}
		}
		LocalDate dueOn = null;
		if (!form.dueOn().isEmpty() && !errors.has("dueOn")) {
			try {
				dueOn = LocalDate.parse(form.dueOn());
			} catch (DateTimeParseException unreadable) {
				errors.add("dueOn", labels.t("lending.loan.dueOn.invalid", locale));
			}
		}
		String signature = form.signature().isBlank() ? null : form.signature().strip();
		if (signature != null && !SIGNATURE.matcher(signature).matches()) {
			errors.add("signedOnPaper", labels.t("lending.loan.signature.unreadable", locale));
		}
		if (!errors.any() && device != null) {
			try {
				long deposit = LoanForms.cents(form.deposit());
				Loan.DepositMethod method = form.depositMethod().isEmpty()
						? Loan.DepositMethod.NONE
						: Loan.DepositMethod.valueOf(form.depositMethod());
				LoanId loan = desk.checkout(actor,
						new CheckoutCommand(device, person, form.organisationName(), form.organisationContact(), form.organisationPhone(), location,
								dueOn,
								deposit, method, form.depositWaiverReason(), form.overrideReason(), form.goalPlan(), form.confirmed(),
								new HashSet<>(form.explained()), form.accessories(), signature, form.onPaper()));
				Flash.show(redirect, labels.t("lending.loan.created", locale));
				return "redirect:/loans/" + loan;
			} catch (LoanRefused refused) {
				errors.add(refused.field(), labels.refused(refused, locale));
			} catch (ConflictException conflict) {
				// the device was just lent at another counter, or it is held for someone else: shown on the form, nothing saved
				errors.add("code", labels.t(conflict.messageKey(), locale));
				status = 409;
			}
		}
		response.setStatus(status);
		CheckoutPreview preview = desk.preview(actor, device, person);
		return render(model, locale, actor, preview, form, errors, FormErrors.none(), "", "");
	}

	private String render(Model model, Locale locale, Actor actor, CheckoutPreview preview, CheckoutForm form, FormErrors errors,
			FormErrors scanErrors, String code, String q) {
		model.addAttribute("preview", preview);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("scanErrors", scanErrors);
		model.addAttribute("code", code);
		model.addAttribute("q", q);
		model.addAttribute("people", q.isEmpty() || !actor.can(Permission.PERSON_VIEW) ? List.of() : desk.searchPeople(actor, q));
		model.addAttribute("locations", desk.locations(actor).stream().map(l -> new Option(l.id().toString(), l.name())).toList());
		model.addAttribute("depositMethods", labels.options(List.of("CASH", "TRANSFER", "WAIVED"), "lending.loan.depositMethod.", locale));
		model.addAttribute("explainedItems", labels.options(LoanDesk.EXPLAINED.stream().sorted().toList(), "lending.loan.explained.", locale));
		model.addAttribute("canOverride", actor.can(Permission.ELIGIBILITY_OVERRIDE));
		return "lending/loans/checkout";
	}
}
