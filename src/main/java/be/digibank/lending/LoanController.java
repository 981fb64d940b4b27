package be.digibank.lending;

import be.digibank.inventory.DeviceId;
import be.digibank.inventory.DeviceLending.LendableDevice;
import be.digibank.lending.LoanDesk.IncidentCommand;
import be.digibank.lending.LoanDesk.LossCommand;
import be.digibank.lending.LoanDesk.ReturnCommand;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.lending.LoanForms.BlockForm;
import be.digibank.lending.LoanForms.IncidentStatusForm;
import be.digibank.lending.LoanForms.LiftForm;
import be.digibank.lending.LoanForms.LossForm;
import be.digibank.lending.LoanForms.ReturnForm;
import be.digibank.lending.LoanForms.VersionForm;
import be.digibank.lending.LoanRepository.LoanFilter;
import be.digibank.lending.LoanViews.LoanDetails;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Loans after checkout: the overview, one loan, return and inspection, loss, extension, gift, reminders, histories. */
@Controller
class LoanController {

	private final LoanDesk desk;
	private final LoanReminders reminders;
	private final AgreementDocument agreements;
	private final LoanLabels labels;

	LoanController(LoanDesk desk, LoanReminders reminders, AgreementDocument agreements, LoanLabels labels) {
		this.desk = desk;
		this.reminders = reminders;
		this.agreements = agreements;
		this.labels = labels;
	}

	@GetMapping("/loans")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	public String overview(@RequestParam(defaultValue = "") String location, Model model) {
		Actor actor = CurrentActor.get();
		LocationId filter = LocationId.parse(location).orElse(null);
		model.addAttribute("overview", desk.overview(actor, filter, actor.can(Permission.PERSON_VIEW)));
		model.addAttribute("locations", desk.locations(actor).stream().map(l -> new Option(l.id().toString(), l.name())).toList());
		model.addAttribute("location", filter == null ? "" : filter.toString());
		return "lending/loans/overview";
	}

	/** Scan a device to take it back: opens the return of its active loan. */
	@GetMapping("/loans/return")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String scanReturn(@RequestParam(defaultValue = "") String code, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		FormErrors errors = FormErrors.none();
		if (!code.isBlank()) {
			Optional<LendableDevice> device = desk.deviceByCode(actor, code);
			Optional<LoanId> loan = device.flatMap(d -> desk.activeLoanOf(actor, d.id()));
			if (loan.isPresent()) {
				return "redirect:/loans/" + loan.get() + "/return";
			}
			errors.add("code",
					labels.t(device.isEmpty() ? "lending.loan.device.unknownCode" : "lending.loan.return.notOnLoan", locale, code.strip()));
			response.setStatus(404);
		}
		model.addAttribute("code", code.strip());
		model.addAttribute("errors", errors);
		return "lending/loans/returnScan";
	}

	@GetMapping("/loans/{loanId}")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	public String show(@PathVariable String loanId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		LoanDetails details = desk.details(actor, id(loanId), true);
		return loanPage(model, locale, details, LossForm.empty(details.version()), FormErrors.none());
	}

	@GetMapping("/loans/{loanId}/agreement.pdf")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	public ResponseEntity<byte[]> agreement(@PathVariable String loanId) {
		Actor actor = CurrentActor.get();
		byte[] pdf = agreements.pdf(actor, id(loanId));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("agreement-" + loanId + ".pdf").build().toString())
				.body(pdf);
	}

	@GetMapping("/loans/{loanId}/return")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String returnForm(@PathVariable String loanId, Model model, Locale locale) {
		LoanDetails details = desk.details(CurrentActor.get(), id(loanId), true);
		if (!details.active()) {
			return "redirect:/loans/" + loanId;
		}
		return returnPage(model, locale, details,
				ReturnForm.empty(details.version(), details.loan().depositHeld() ? details.loan().depositCents() : 0),
				FormErrors.none());
	}

	@PostMapping("/loans/{loanId}/return")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String registerReturn(@PathVariable String loanId, @Valid @ModelAttribute("form") ReturnForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LoanId id = id(loanId);
		LoanDetails details = desk.details(actor, id, false);
		FormErrors errors = labels.errors(result, locale);
		if (!errors.any()) {
			try {
				IncidentCommand damage = form.damageDecision().isEmpty()
						? null
						: new IncidentCommand(LoanIncident.Kind.DAMAGE, form.damageNotes(), LoanIncident.Decision.valueOf(form.damageDecision()),
								LoanForms.cents(form.damageAmount()), form.damageReason());
				desk.registerReturn(actor, id,
						new ReturnCommand(LoanForms.version(form.version()), Boolean.TRUE.equals(form.complete()),
								Boolean.TRUE.equals(form.accessoriesBack()),
								form.conditionGrade(), form.damageNotes(), LoanForms.cents(form.refund()), form.retentionReason(), damage));
				Flash.show(redirect, labels.t("lending.loan.returned", locale));
				return "redirect:/loans/" + id;
			} catch (LoanRefused refused) {
				errors.add(refusedField(refused.field()), labels.refused(refused, locale));
			}
		}
		response.setStatus(422);
		return returnPage(model, locale, details, form, errors);
	}

	@PostMapping("/loans/{loanId}/loss")
	@PreAuthorize("hasAuthority('LOAN_SETTLE')")
	public String registerLoss(@PathVariable String loanId, @Valid @ModelAttribute("lossForm") LossForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LoanId id = id(loanId);
		LoanDetails details = desk.details(actor, id, false);
		FormErrors errors = labels.errors(result, locale);
		if (!errors.any()) {
			try {
				desk.registerLoss(actor, id,
						new LossCommand(LoanForms.version(form.version()), Ending.valueOf(form.ending()), form.description(),
								LoanIncident.Decision.valueOf(form.decision()), LoanForms.cents(form.amount()), form.incidentReason(),
								LoanForms.cents(form.lossRefund()), form.lossRetentionReason()));
				Flash.show(redirect, labels.t("lending.loan.lost", locale));
				return "redirect:/loans/" + id;
			} catch (LoanRefused refused) {
				errors.add(lossField(refused.field()), labels.refused(refused, locale));
			}
		}
		response.setStatus(422);
		return loanPage(model, locale, details, form, errors);
	}

	@PostMapping("/loans/{loanId}/extension")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String extend(@PathVariable String loanId, @ModelAttribute("versionForm") VersionForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return simple(loanId, form, model, locale, response, redirect, "lending.loan.extended",
				(actor, id, version) -> desk.extend(actor, id, version));
	}

	@PostMapping("/loans/{loanId}/gift")
	@PreAuthorize("hasAuthority('LOAN_SETTLE')")
	public String gift(@PathVariable String loanId, @ModelAttribute("versionForm") VersionForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return simple(loanId, form, model, locale, response, redirect, "lending.loan.gifted",
				(actor, id, version) -> desk.convertToGift(actor, id, version));
	}

	@PostMapping("/loans/{loanId}/reminder")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	public String remind(@PathVariable String loanId, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return simple(loanId, new VersionForm(""), model, locale, response, redirect, "lending.loan.reminded",
				(actor, id, version) -> reminders.remindNow(actor, id));
	}

	@PostMapping("/loan-incidents/{loanIncidentId}/status")
	@PreAuthorize("hasAuthority('LOAN_SETTLE')")
	public String followIncident(@PathVariable String loanIncidentId, @Valid @ModelAttribute("incidentForm") IncidentStatusForm form,
			BindingResult result, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID incident = uuid(loanIncidentId);
		LoanId loan = desk.loanOfIncident(actor, incident);
		if (result.hasErrors()) {
			throw new ConflictException("error.409.concurrent");
		}
		try {
			desk.followIncident(actor, incident, LoanForms.version(form.version()), LoanIncident.Status.valueOf(form.status()));
			Flash.show(redirect, labels.t("lending.incident.followed", locale));
		} catch (LoanRefused refused) {
			Flash.show(redirect, labels.refused(refused, locale));
		}
		return "redirect:/loans/" + loan;
	}

	@GetMapping("/people/{personId}/loans")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	public String personLoans(@PathVariable String personId, Model model) {
		Actor actor = CurrentActor.get();
		PersonId person = PersonId.parse(personId).orElseThrow(NotFoundException::new);
		return personPage(model, actor, person, new BlockForm("", ""), FormErrors.none());
	}

	@PostMapping("/people/{personId}/borrower-blocks")
	@PreAuthorize("hasAuthority('BORROWER_BLOCK_PLACE')")
	public String placeBlock(@PathVariable String personId, @Valid @ModelAttribute("blockForm") BlockForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId person = PersonId.parse(personId).orElseThrow(NotFoundException::new);
		desk.borrower(actor, person);
		FormErrors errors = labels.errors(result, locale);
		if (!errors.any()) {
			try {
				desk.placeBlock(actor, person, form.message(), form.reason());
				Flash.show(redirect, labels.t("lending.block.placed", locale));
				return "redirect:/people/" + person + "/loans";
			} catch (LoanRefused refused) {
				errors.add(refused.field(), labels.refused(refused, locale));
			}
		}
		response.setStatus(422);
		return personPage(model, actor, person, form, errors);
	}

	@PostMapping("/borrower-blocks/{borrowerBlockId}/lift")
	@PreAuthorize("hasAuthority('BORROWER_BLOCK_LIFT')")
	public String liftBlock(@PathVariable String borrowerBlockId, @Valid @ModelAttribute("liftForm") LiftForm form, BindingResult result,
			Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID block = uuid(borrowerBlockId);
		PersonId person = desk.personOfBlock(actor, block);
		try {
			desk.liftBlock(actor, block, result.hasErrors() ? "" : form.liftReason());
			Flash.show(redirect, labels.t("lending.block.lifted", locale));
		} catch (LoanRefused refused) {
			Flash.show(redirect, labels.refused(refused, locale));
		}
		return "redirect:/people/" + person + "/loans";
	}

	@GetMapping("/devices/{deviceId}/loans")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	public String deviceLoans(@PathVariable String deviceId, Model model) {
		Actor actor = CurrentActor.get();
		DeviceId device = DeviceId.parse(deviceId).orElseThrow(NotFoundException::new);
		model.addAttribute("device", desk.device(actor, device));
		model.addAttribute("loans", desk.list(actor, new LoanFilter(false, null, device, null, null, 500)));
		return "lending/loans/deviceLoans";
	}

	private String personPage(Model model, Actor actor, PersonId person, BlockForm form, FormErrors errors) {
		model.addAttribute("person", desk.borrower(actor, person));
		model.addAttribute("loans", desk.list(actor, new LoanFilter(false, person, null, null, null, 500)));
		model.addAttribute("blocks", desk.blocks(actor, person));
		model.addAttribute("blockForm", form);
		model.addAttribute("errors", errors);
		return "lending/loans/personLoans";
	}

	private String loanPage(Model model, Locale locale, LoanDetails details, LossForm lossForm, FormErrors lossErrors) {
		model.addAttribute("details", details);
		model.addAttribute("lossForm", lossForm);
		model.addAttribute("lossErrors", lossErrors);
		model.addAttribute("endings", labels.options(List.of("LOST", "STOLEN"), "lending.loan.ending.", locale));
		model.addAttribute("decisions", labels.options(LoanIncident.Decision.class, "lending.incident.decision.", locale));
		model.addAttribute("statuses", labels.options(LoanIncident.Status.class, "lending.incident.status.", locale));
		return "lending/loans/loan";
	}

	private String returnPage(Model model, Locale locale, LoanDetails details, ReturnForm form, FormErrors errors) {
		model.addAttribute("details", details);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("grades", labels.options(List.of("A", "B", "C"), "lending.loan.grade.", locale));
		model.addAttribute("decisions", labels.options(LoanIncident.Decision.class, "lending.incident.decision.", locale));
		return "lending/loans/return";
	}

	/** An action with only the loan's version: refusals come back as a message on the loan page. */
	private String simple(String loanId, VersionForm form, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect,
			String done, LoanAction action) {
		Actor actor = CurrentActor.get();
		LoanId id = id(loanId);
		LoanDetails details = desk.details(actor, id, false);
		FormErrors errors = FormErrors.none();
		try {
			action.run(actor, id, form.version().isEmpty() ? details.version() : LoanForms.version(form.version()));
			Flash.show(redirect, labels.t(done, locale));
			return "redirect:/loans/" + id;
		} catch (LoanRefused refused) {
			errors.add("actions", labels.refused(refused, locale));
		} catch (ConflictException conflict) {
			errors.add("actions", labels.t(conflict.messageKey(), locale));
			response.setStatus(409);
			return loanPage(model, locale, desk.details(actor, id, false), LossForm.empty(details.version()), errors);
		}
		response.setStatus(422);
		return loanPage(model, locale, desk.details(actor, id, false), LossForm.empty(details.version()), errors);
	}

	@FunctionalInterface
	interface LoanAction {
		void run(Actor actor, LoanId id, int version);
	}

	private static String refusedField(String field) {
		return switch (field) {
			case "refundCents" -> "refund";
			case "amountCents" -> "damageAmount";
			case "incidentReason" -> "damageReason";
			case "loan" -> "conditionGrade";
			default -> field;
		};
	}

	private static String lossField(String field) {
		return switch (field) {
			case "refundCents" -> "lossRefund";
			case "retentionReason" -> "lossRetentionReason";
			case "amountCents" -> "amount";
			case "loan" -> "ending";
			default -> field;
		};
	}

	static LoanId id(String text) {
		return LoanId.parse(text).orElseThrow(NotFoundException::new);
	}

	static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		} catch (IllegalArgumentException unreadable) {
			throw new NotFoundException();
		}
	}
}
