package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two person records were one person: their loans and borrower blocks now belong to the survivor. Runs inside the
 * merge's transaction, so the merge and the move happen together; what moved is remembered for an undo
 * ({@link LendingMergeMoves}).
 */
@Component
class LoanBorrowerMerges {

	private final LendingMergeMoves moves;
	private final AuditTrail audit;

	LoanBorrowerMerges(LendingMergeMoves moves, AuditTrail audit) {
		this.moves = moves;
		this.audit = audit;
	}

	@EventListener
	void on(PersonsMerged merged) {
		int moved = moves.move(merged.digibankId(), "loan", merged.merged(), merged.survivor())
				+ moves.move(merged.digibankId(), "borrower_block", merged.merged(), merged.survivor());
		if (moved > 0) {
			audit.record(AuditAction.CHANGE, "LoanHistory", merged.survivor(), moved + " loans and blocks moved from " + merged.merged());
		}
	}
}
