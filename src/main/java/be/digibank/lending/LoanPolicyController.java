package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.DeviceCategory;
import be.digibank.lending.LoanForms.PolicyForm;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's loan policies, one per device category; a category never set follows the built-in default. */
@Controller
class LoanPolicyController {

	private final LoanPolicyRepository policies;
	private final AuditTrail audit;
	private final LoanLabels labels;

	LoanPolicyController(LoanPolicyRepository policies, AuditTrail audit, LoanLabels labels) {
		this.policies = policies;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/loan-policies")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	@Transactional(readOnly = true)
	public String list(Model model) {
		model.addAttribute("policies", policies.all(CurrentActor.get().tenant()).values().stream().map(LoanViews.PolicyRow::of).toList());
		return "lending/loans/policies";
	}

	@GetMapping("/loan-policies/edit")
	@PreAuthorize("hasAuthority('LOAN_POLICY_MANAGE')")
	@Transactional(readOnly = true)
	public String edit(@RequestParam(defaultValue = "") String category, Model model, Locale locale) {
		DeviceCategory chosen = category(category);
		return form(model, locale, PolicyForm.of(policies.current(CurrentActor.get().tenant(), chosen)), FormErrors.none());
	}

	@PostMapping("/loan-policies")
	@PreAuthorize("hasAuthority('LOAN_POLICY_MANAGE')")
	@Transactional
	public String save(@Valid @ModelAttribute("form") PolicyForm form, BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		FormErrors errors = labels.errors(result, locale);
		if (!errors.any()) {
			DeviceCategory category = category(form.category());
			LoanPolicy current = policies.current(actor.tenant(), category);
			LoanPolicy policy = policy(form, current, errors, locale);
			if (policy != null) {
				if (current.id() != null && current.version() != LoanForms.version(form.version())) {
					throw new be.digibank.shared.ConflictException("error.409.concurrent");
				}
				policies.save(actor.tenant(), policy, actor.accountId());
				audit.record(actor, actor.tenant(), AuditAction.CHANGE, "LoanPolicy", category.name(), "loan policy " + category + ": " + policy);
				Flash.show(redirect, labels.t("lending.policy.saved", locale, labels.t("deviceCategory." + category.name(), locale)));
				return "redirect:/loan-policies";
			}
		}
		response.setStatus(422);
		return form(model, locale, form, errors);
	}

	private LoanPolicy policy(PolicyForm form, LoanPolicy current, FormErrors errors, Locale locale) {
		Integer days = null;
		MonthDay due = null;
		if (form.periodKind().equals("DAYS")) {
			days = form.periodDays().isEmpty() ? 0 : Integer.parseInt(form.periodDays());
			if (days < 1 || days > 1100) {
				errors.add("periodDays", labels.t("lending.policy.periodDays.range", locale));
			}
		} else {
			try {
				String[] parts = form.dueDayMonth().split("-");
				due = MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			} catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException unreadable) {
				errors.add("dueDayMonth", labels.t("lending.policy.dueDayMonth.invalid", locale));
			}
		}
		long deposit = LoanForms.cents(form.deposit());
		if (deposit < 0) {
			errors.add("deposit", labels.t("lending.loan.deposit.negative", locale));
		}
		int concurrent = Integer.parseInt(form.maxConcurrentLoans());
		if (concurrent < 1) {
			errors.add("maxConcurrentLoans", labels.t("lending.policy.maxConcurrentLoans.range", locale));
		}
		List<LoanPolicy.ReminderStep> steps = List.of();
		try {
			steps = LoanPolicy.ReminderStep.parse(form.overdueSteps());
		} catch (IllegalArgumentException unreadable) {
			errors.add("overdueSteps", labels.t("lending.policy.overdueSteps.invalid", locale));
		}
		if (errors.any()) {
			return null;
		}
		Set<String> waivers = Arrays.stream(form.waiverProofTypes().split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.collect(Collectors.toSet());
		return new LoanPolicy(current.id(), current.category(), days, due, Integer.parseInt(form.maxExtensions()),
				Integer.parseInt(form.extensionDays()), deposit, waivers, Boolean.TRUE.equals(form.eligibilityRequired()), concurrent,
				LoanPolicy.GoalPlan.valueOf(form.goalPlan()), form.conditionText(), Boolean.TRUE.equals(form.giftAfterTrack()),
				Integer.parseInt(form.dueSoonDays()), steps, current.version());
	}

	private String form(Model model, Locale locale, PolicyForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("periodKinds", labels.options(List.of("DAYS", "FIXED_DATE"), "lending.policy.periodKind.", locale));
		model.addAttribute("goalPlans", labels.options(LoanPolicy.GoalPlan.class, "lending.policy.goalPlan.", locale));
		return "lending/loans/policyForm";
	}

	private static DeviceCategory category(String text) {
		return Arrays.stream(DeviceCategory.values()).filter(c -> c.name().equals(text)).findFirst().orElseThrow(NotFoundException::new);
	}
}
