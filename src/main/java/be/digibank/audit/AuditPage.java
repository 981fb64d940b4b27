package be.digibank.audit;

import java.util.List;

/** One page of search results, newest first. Pages count from 1. */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 1;
	}
}
