package be.digibank.audit;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Searching the audit trail. Read-only: this module has no route that changes an entry. */
@Controller
class AuditController {

	private final AuditEntries entries;
	private final ObjectProvider<PartnerNames> partnerNames;
	private final MessageSource messages;

	AuditController(AuditEntries entries, ObjectProvider<PartnerNames> partnerNames, MessageSource messages) {
		this.entries = entries;
		this.partnerNames = partnerNames;
		this.messages = messages;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('AUDIT_VIEW')")
	String search(@ModelAttribute("search") AuditSearch search, HttpServletResponse response, Model model) {
		Actor actor = CurrentActor.get();
		AuditQuery query = search.query(actor);
		Locale locale = LocaleContextHolder.getLocale();
		FormErrors errors = FormErrors.none();
		search.problems().forEach((field, key) -> errors.add(field, messages.getMessage(key, null, key, locale)));
		AuditPage page = errors.any()
				? new AuditPage(List.of(), 1, false)
				: entries.search(query, search.pageNumber());
		if (errors.any()) {
			response.setStatus(422);
		}
		model.addAttribute("values", search.typed());
		model.addAttribute("errors", errors);
		model.addAttribute("page", page);
		model.addAttribute("partners", partners(page));
		model.addAttribute("recordTypes",
				entries.recordTypes(query.digibank()).stream().map(type -> new Option(type, type)).toList());
		model.addAttribute("actions",
				Arrays.stream(AuditAction.values()).map(action -> new Option(action.name(),
						messages.getMessage("audit.action." + action.name(), null, action.name(), locale)))
						.toList());
		model.addAttribute("previous", link(search, page.page() - 1));
		model.addAttribute("next", link(search, page.page() + 1));
		return "audit/search";
	}

	private Map<UUID, String> partners(AuditPage page) {
		PartnerNames names = partnerNames.getIfAvailable();
		Map<UUID, String> found = new HashMap<>();
		if (names == null) {
			return found;
		}
		for (AuditEntry entry : page.entries()) {
			if (entry.actorPartnerId() != null && entry.digibankId() != null
					&& !found.containsKey(entry.actorPartnerId())) {
				Optional<String> name = names.partnerName(entry.digibankId(), entry.actorPartnerId());
				found.put(entry.actorPartnerId(), name.orElse(""));
			}
		}
		return found;
	}

	private static String link(AuditSearch search, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/audit");
		search.typed().forEach((name, value) -> {
			if (!value.isBlank()) {
				builder.queryParam(name, value);
			}
		});
		builder.queryParam("page", page);
		return builder.encode().build().toUriString();
	}
}
