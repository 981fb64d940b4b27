package be.digibank.staff;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.LocationId;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.DigibankId;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.Scope;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import be.digibank.staff.web.StaffForms;
import be.digibank.staff.web.StaffViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteers log their hours and see their own; whoever holds the permission for the whole digibank (the coordinator)
 * sees everybody's, with totals per person.
 */
@Controller
class HoursController {

	private final VolunteerHours hours;
	private final Network network;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;

	HoursController(VolunteerHours hours, Network network, AuditTrail audit, MessageSource messages, Clock clock) {
		this.hours = hours;
		this.network = network;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/hours")
	@PreAuthorize("hasAuthority('VOLUNTEER_HOURS_LOG')")
	String page(@RequestParam(required = false) @Nullable String month, Model model,
			HttpServletResponse response) {
		FormErrors errors = FormErrors.none();
		YearMonth shown = YearMonth.now(clock);
		if (month != null && !month.isBlank()) {
			try {
				shown = YearMonth.parse(month.strip());
			} catch (DateTimeParseException malformed) {
				errors.add("month", StaffWeb.text(messages, "hours.error.month"));
				response.setStatus(422);
			}
		}
		Map<String, String> values = Map.of("date", LocalDate.now(clock).toString(), "hours", "", "minutes", "",
				"activity", "", "location", "");
		return render(shown, values, FormErrors.none(), errors, model);
	}

	@PostMapping("/hours")
	@PreAuthorize("hasAuthority('VOLUNTEER_HOURS_LOG')")
	@Transactional
	String log(@Valid @ModelAttribute("form") StaffForms.Hours form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		Actor actor = CurrentActor.get();
		DigibankId digibank = actor.tenant();
		Map<String, String> typed = StaffWeb.typed(request, "date", "hours", "minutes", "activity", "location");
		FormErrors errors = StaffWeb.errors(result, messages);
		if (form.date() != null && form.date().isAfter(LocalDate.now(clock))) {
			errors.add("date", StaffWeb.text(messages, "hours.error.future"));
		}
		int minutes = form.totalMinutes();
		if (!result.hasFieldErrors("hours") && !result.hasFieldErrors("minutes") && (minutes < 1 || minutes > 1440)) {
			errors.add("hours", StaffWeb.text(messages, "hours.error.duration"));
		}
		UUID location = null;
		if (form.location() != null && !form.location().isBlank()) {
			location = LocationId.parse(form.location().strip()).flatMap(id -> network.location(digibank, id))
					.map(found -> found.id().value()).orElse(null);
			if (location == null) {
				errors.add("location", StaffWeb.text(messages, "hours.error.location"));
			}
		}
		if (errors.any()) {
			response.setStatus(422);
			return render(YearMonth.now(clock), typed, errors, FormErrors.none(), model);
		}
		UUID id = hours.insert(digibank, actor.accountId(), location, form.date(), minutes,
				form.activity() == null ? "" : form.activity().strip());
		audit.record(AuditAction.CREATE, "VolunteerHours", id, minutes + " min on " + form.date());
		Flash.show(redirect, StaffWeb.text(messages, "hours.logged"));
		return "redirect:/hours";
	}

	@PostMapping("/hours/{entryId}/delete")
	@PreAuthorize("hasAuthority('VOLUNTEER_HOURS_LOG')")
	@Transactional
	String delete(@PathVariable String entryId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		VolunteerHours.Entry entry = Identifiers.parse(entryId).flatMap(id -> hours.find(actor.tenant(), id))
				.filter(found -> actor.reaches(Permission.VOLUNTEER_HOURS_LOG, null, found.account()))
				.orElseThrow(NotFoundException::new);
		hours.delete(entry.id());
		audit.record(AuditAction.DELETE, "VolunteerHours", entry.id(),
				entry.minutes() + " min on " + entry.workedOn() + " of " + entry.person());
		Flash.show(redirect, StaffWeb.text(messages, "hours.removed"));
		return "redirect:/hours";
	}

	private String render(YearMonth month, Map<String, String> values, FormErrors errors, FormErrors filterErrors,
			Model model) {
		Actor actor = CurrentActor.get();
		DigibankId digibank = actor.tenant();
		LocalDate today = LocalDate.now(clock);
		YearMonth current = YearMonth.from(today);
		Map<UUID, String> locations = network.locations(digibank).stream()
				.collect(Collectors.toMap(location -> location.id().value(), LocationSummary::name, (a, b) -> a));
		boolean everyone = actor.scopeOf(Permission.VOLUNTEER_HOURS_LOG).filter(scope -> scope == Scope.DIGIBANK)
				.isPresent();
		List<StaffViews.HoursEntry> mine = hours
				.ofAccount(digibank, actor.accountId(), current.atDay(1), current.plusMonths(1).atDay(1)).stream()
				.map(entry -> view(entry, locations, true)).toList();
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("filterErrors", filterErrors);
		model.addAttribute("locations", network.locations(digibank).stream()
				.map(location -> new Option(location.id().toString(), location.name())).toList());
		model.addAttribute("today", today.toString());
		model.addAttribute("currentMonth", label(current));
		model.addAttribute("mine", mine);
		model.addAttribute("monthTotal", StaffViews.duration(
				hours.total(digibank, actor.accountId(), current.atDay(1), current.plusMonths(1).atDay(1))));
		model.addAttribute("yearTotal", StaffViews.duration(hours.total(digibank, actor.accountId(),
				LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear() + 1, 1, 1))));
		model.addAttribute("everyone", everyone);
		model.addAttribute("month", month.toString());
		model.addAttribute("monthLabel", label(month));
		if (everyone) {
			List<VolunteerHours.Entry> all = hours.ofDigibank(digibank, month.atDay(1), month.plusMonths(1).atDay(1));
			Map<String, Integer> totals = new LinkedHashMap<>();
			all.stream().sorted(java.util.Comparator.comparing(VolunteerHours.Entry::person,
					String.CASE_INSENSITIVE_ORDER)).forEach(entry -> totals.merge(entry.person(), entry.minutes(), Integer::sum));
			model.addAttribute("all", all.stream().map(entry -> view(entry, locations, true)).toList());
			model.addAttribute("totals", totals.entrySet().stream()
					.map(total -> new StaffViews.PersonTotal(total.getKey(), total.getValue())).toList());
		} else {
			model.addAttribute("all", List.of());
			model.addAttribute("totals", List.of());
		}
		return "staff/hours";
	}

	private static StaffViews.HoursEntry view(VolunteerHours.Entry entry, Map<UUID, String> locations,
			boolean removable) {
		return new StaffViews.HoursEntry(entry.id().toString(), entry.workedOn(), entry.minutes(), entry.activity(),
				entry.location() == null ? "" : locations.getOrDefault(entry.location(), ""), entry.person(),
				removable);
	}

	private static String label(YearMonth month) {
		return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()));
	}
}
