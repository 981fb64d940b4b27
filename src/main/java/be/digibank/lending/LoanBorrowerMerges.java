package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two person records were one person: their loans and borrower blocks now belong to the survivor. Runs inside the
 * merge's transaction, so the merge and the move happen together.
 */
@Component
class LoanBorrowerMerges {

	private final LoanRepository loans;
	private final AuditTrail audit;

	LoanBorrowerMerges(LoanRepository loans, AuditTrail audit) {
		this.loans = loans;
		this.audit = audit;
	}

	@EventListener
	void on(PersonsMerged merged) {
		int moved = loans.movePerson(merged.digibankId(), merged.merged(), merged.survivor());
		if (moved > 0) {
			audit.record(AuditAction.CHANGE, "LoanHistory", merged.survivor(), moved + " loans and blocks moved from " + merged.merged());
		}
	}
}
