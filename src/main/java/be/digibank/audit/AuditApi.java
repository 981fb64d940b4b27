package be.digibank.audit;

import be.digibank.shared.security.CurrentActor;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for programs, with the same filters as the page. Read-only. */
@RestController
class AuditApi {

	private final AuditEntries entries;

	AuditApi(AuditEntries entries) {
		this.entries = entries;
	}

	record Result(List<AuditEntry> entries, int page, int pageSize, boolean hasNext) {
	}

	@GetMapping("/api/v1/audit")
	@PreAuthorize("hasAuthority('AUDIT_VIEW')")
	ResponseEntity<?> search(@ModelAttribute AuditSearch search) {
		Map<String, String> problems = search.problems();
		if (!problems.isEmpty()) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("invalid", problems.keySet()));
		}
		AuditPage page = entries.search(search.query(CurrentActor.get()), search.pageNumber());
		return ResponseEntity.ok(new Result(page.entries(), page.page(), AuditEntries.PAGE_SIZE, page.hasNext()));
	}
}
