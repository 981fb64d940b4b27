package be.digibank.network;

import be.digibank.network.NetworkForms.DigibankForm;
import be.digibank.network.NetworkForms.FundingProjectForm;
import be.digibank.network.NetworkForms.MunicipalityForm;
import be.digibank.network.NetworkForms.NewDigibankForm;
import be.digibank.network.NetworkViews.DigibankRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings of the coordinator's own digibank, and the platform administrator's list of digibanks. */
@Controller
class DigibankController {

	private final DigibankAdministration digibanks;
	private final Labels labels;

	DigibankController(DigibankAdministration digibanks, Labels labels) {
		this.digibanks = digibanks;
		this.labels = labels;
	}

	@GetMapping("/digibank")
	@PreAuthorize("hasAuthority('DIGIBANK_VIEW')")
	public String settings(Model model) {
		DigibankRow digibank = digibanks.settings(CurrentActor.get());
		return page(model, new DigibankForm(digibank.name(), digibank.region(), String.valueOf(digibank.version())),
				FormErrors.none(), MunicipalityForm.empty(), FormErrors.none(), FundingProjectForm.empty(),
				FormErrors.none());
	}

	@PostMapping("/digibank")
	@PreAuthorize("hasAuthority('DIGIBANK_MANAGE')")
	public String rename(@Valid @ModelAttribute("settingsForm") DigibankForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				digibanks.rename(CurrentActor.get(), NetworkForms.version(form.version()), form.name(), form.region());
				Flash.show(redirect, labels.t("digibank.saved", locale));
				return "redirect:/digibank";
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return page(model, form, labels.errors(result, locale), MunicipalityForm.empty(), FormErrors.none(),
				FundingProjectForm.empty(), FormErrors.none());
	}

	@PostMapping("/digibank/municipalities")
	@PreAuthorize("hasAuthority('DIGIBANK_MANAGE')")
	public String addMunicipality(@Valid @ModelAttribute("municipalityForm") MunicipalityForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				digibanks.addMunicipality(CurrentActor.get(), form.postcode(), form.municipality());
				Flash.show(redirect, labels.t("municipality.added", locale, form.municipality().strip()));
				return "redirect:/digibank";
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return page(model, current(), FormErrors.none(), form, labels.errors(result, locale),
				FundingProjectForm.empty(), FormErrors.none());
	}

	@PostMapping("/digibank/municipalities/{postcode}/remove")
	@PreAuthorize("hasAuthority('DIGIBANK_MANAGE')")
	public String removeMunicipality(@PathVariable String postcode, Locale locale, RedirectAttributes redirect) {
		digibanks.removeMunicipality(CurrentActor.get(), postcode);
		Flash.show(redirect, labels.t("municipality.removed", locale, postcode));
		return "redirect:/digibank";
	}

	@PostMapping("/digibank/projects")
	@PreAuthorize("hasAuthority('DIGIBANK_MANAGE')")
	public String addProject(@Valid @ModelAttribute("projectForm") FundingProjectForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate startsOn = date(form.startsOn(), "startsOn", result);
		LocalDate endsOn = date(form.endsOn(), "endsOn", result);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			result.rejectValue("endsOn", "date.endBeforeStart");
		}
		if (!result.hasErrors() && startsOn != null && endsOn != null) {
			try {
				digibanks.addProject(CurrentActor.get(), form.projectName(), form.fundingSource(), startsOn, endsOn);
				Flash.show(redirect, labels.t("project.added", locale, form.projectName().strip()));
				return "redirect:/digibank";
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return page(model, current(), FormErrors.none(), MunicipalityForm.empty(), FormErrors.none(), form,
				labels.errors(result, locale));
	}

	@PostMapping("/digibank/projects/{projectId}/remove")
	@PreAuthorize("hasAuthority('DIGIBANK_MANAGE')")
	public String removeProject(@PathVariable String projectId, Locale locale, RedirectAttributes redirect) {
		digibanks.removeProject(CurrentActor.get(), Identifiers.parse(projectId).orElseThrow(NotFoundException::new));
		Flash.show(redirect, labels.t("project.removed", locale));
		return "redirect:/digibank";
	}

	@GetMapping("/digibanks")
	@PreAuthorize("hasAuthority('DIGIBANKS_ADMINISTER')")
	public String all(Model model) {
		return list(model, NewDigibankForm.empty(), FormErrors.none());
	}

	@PostMapping("/digibanks")
	@PreAuthorize("hasAuthority('DIGIBANKS_ADMINISTER')")
	public String start(@Valid @ModelAttribute("form") NewDigibankForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				digibanks.start(form.name(), form.region());
				Flash.show(redirect, labels.t("digibanks.created", locale, form.name().strip()));
				return "redirect:/digibanks";
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return list(model, form, labels.errors(result, locale));
	}

	private String list(Model model, NewDigibankForm form, FormErrors errors) {
		model.addAttribute("digibanks", digibanks.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "network/digibanks";
	}

	private DigibankForm current() {
		DigibankRow digibank = digibanks.settings(CurrentActor.get());
		return new DigibankForm(digibank.name(), digibank.region(), String.valueOf(digibank.version()));
	}

	private String page(Model model, DigibankForm settingsForm, FormErrors settingsErrors,
			MunicipalityForm municipalityForm, FormErrors municipalityErrors, FundingProjectForm projectForm,
			FormErrors projectErrors) {
		Actor actor = CurrentActor.get();
		model.addAttribute("digibank", digibanks.settings(actor));
		model.addAttribute("municipalities", digibanks.municipalities(actor));
		model.addAttribute("projects", digibanks.projects(actor));
		model.addAttribute("settingsForm", settingsForm);
		model.addAttribute("settingsErrors", settingsErrors);
		model.addAttribute("municipalityForm", municipalityForm);
		model.addAttribute("municipalityErrors", municipalityErrors);
		model.addAttribute("projectForm", projectForm);
		model.addAttribute("projectErrors", projectErrors);
		return "network/digibank";
	}

	private static @Nullable LocalDate date(String text, String field, BindingResult result) {
		if (text.isEmpty() || result.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException unreadable) {
			result.rejectValue(field, "date.invalid");
			return null;
		}
	}
}
