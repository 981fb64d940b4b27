package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PersonId;
import be.digibank.people.PersonsMergeBecameFinal;
import be.digibank.people.PersonsUnmerged;
import be.digibank.shared.DigibankId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves lending's records of a merged person to the survivor and remembers each one in {@code lending.merge_move}, so
 * that undoing the merge moves exactly those back: records made for the survivor after the merge stay with it. Runs in
 * the merge's (or the undo's) transaction. See ADR 018.
 */
@Component
class LendingMergeMoves {

	/** The tables of lending that point at a person, and whether their rows carry a version to bump. */
	private static final List<String> VERSIONED = List.of("request", "offer", "reservation");
	static final List<String> TABLES = List.of("loan", "borrower_block", "request", "offer", "reservation");

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	LendingMergeMoves(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Moves the rows of {@code table} from {@code merged} to {@code survivor}, remembering them; returns how many. */
	int move(DigibankId digibank, String table, PersonId merged, PersonId survivor) {
		return jdbc.sql("""
				with moved as (
				    update lending.%s set person_id = :survivor%s where digibank_id = :digibank and person_id = :merged returning id)
				insert into lending.merge_move (digibank_id, merged_id, survivor_id, table_name, row_id)
				select :digibank, :merged, :survivor, '%s', id from moved
				""".formatted(known(table), version(table), table)).param("digibank", digibank.value()).param("merged", merged.value())
				.param("survivor", survivor.value()).update();
	}

	/** A merge was undone: what was moved goes back to the restored person, and the ledger of that merge is closed. */
	@EventListener
	void on(PersonsUnmerged unmerged) {
		int back = 0;
		for (String table : TABLES) {
			back += jdbc.sql("""
					update lending.%s set person_id = :restored%s
					where digibank_id = :digibank and person_id = :survivor
					  and id in (select row_id from lending.merge_move where merged_id = :restored and table_name = '%s')
					""".formatted(table, version(table), table)).param("digibank", unmerged.digibankId().value())
					.param("restored", unmerged.restored().value()).param("survivor", unmerged.survivor().value()).update();
		}
		// a request the merge cancelled (the survivor waited for the same kind) waits again, at its old place in the queue
		int reopened = jdbc.sql("""
				update lending.request set status = 'WAITING', cancel_reason = '', closed_at = null, version = version + 1
				where digibank_id = :digibank and person_id = :restored and status = 'CANCELLED'
				  and id in (select row_id from lending.merge_move where merged_id = :restored and table_name = 'request' and cancelled_by_merge)
				""").param("digibank", unmerged.digibankId().value()).param("restored", unmerged.restored().value()).update();
		forget(unmerged.digibankId(), unmerged.restored());
		if (reopened > 0) {
			audit.record(AuditAction.CHANGE, RequestDesk.RECORD, unmerged.restored(), reopened + " requests cancelled by the merge wait again");
		}
		if (back > 0) {
			audit.record(AuditAction.CHANGE, "LoanHistory", unmerged.restored(),
					back + " loans, blocks, requests, offers and reservations moved back from " + unmerged.survivor());
		}
	}

	/** Marks the merged person's requests that the merge cancelled, so that an undo puts them back in the queue. */
	void cancelledByMerge(DigibankId digibank, PersonId merged, List<RequestId> requests) {
		if (!requests.isEmpty()) {
			jdbc.sql("""
					update lending.merge_move set cancelled_by_merge = true
					where digibank_id = ? and merged_id = ? and table_name = 'request' and row_id = any(?)
					""").param(digibank.value()).param(merged.value()).param(requests.stream().map(RequestId::value).toArray(UUID[]::new)).update();
		}
	}

	/** The merge can no longer be undone: its ledger goes. */
	@EventListener
	void on(PersonsMergeBecameFinal merge) {
		forget(merge.digibankId(), merge.merged());
	}

	private void forget(DigibankId digibank, PersonId merged) {
		jdbc.sql("delete from lending.merge_move where digibank_id = ? and merged_id = ?").param(digibank.value()).param(merged.value()).update();
	}

	private static String known(String table) {
		if (!TABLES.contains(table)) {
			throw new IllegalArgumentException("not a lending table with persons: " + table);
		}
		return table;
	}

	private static String version(String table) {
		return VERSIONED.contains(table) ? ", version = version + 1" : "";
	}
}
