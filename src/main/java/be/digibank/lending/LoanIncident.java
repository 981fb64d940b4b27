package be.digibank.lending;

import java.time.Instant;
import java.util.UUID;

/**
 * Damage, loss or theft during a loan, the decision on what the borrower pays (the replacement value, a flat rate, or
 * nothing, each with a reason), and where the follow-up stands.
 */
record LoanIncident(UUID id, LoanId loanId, Kind kind, String description, Decision decision, long amountCents, String reason, Status status,
		String decidedBy, Instant createdAt, int version) {

	enum Kind {
		DAMAGE, LOSS, THEFT
	}

	enum Decision {
		REPLACEMENT_VALUE, FLAT_RATE, WAIVE
	}

	enum Status {
		OPEN, PAID, WAIVED, CLOSED
	}

	/**
	 * The decision: the replacement value of the device, a flat rate (more than nothing), or waived — a waiver always needs
	 * a reason, and so does charging less than the replacement value.
	 */
	static LoanIncident decide(LoanId loan, Kind kind, String description, Decision decision, long flatRateCents, long replacementValueCents,
			String reason, String decidedBy, Instant at) {
		String why = reason.strip();
		long amount = switch (decision) {
			case REPLACEMENT_VALUE -> replacementValueCents;
			case FLAT_RATE -> flatRateCents;
			case WAIVE -> 0;
		};
		if (decision == Decision.FLAT_RATE && flatRateCents <= 0) {
			throw new LoanRefused("amountCents", "lending.incident.amount.positive");
		}
		if ((decision == Decision.WAIVE || decision == Decision.FLAT_RATE) && why.isEmpty()) {
			throw new LoanRefused("incidentReason", "lending.incident.reason.required");
		}
		return new LoanIncident(UUID.randomUUID(), loan, kind, description.strip(), decision, amount, why,
				decision == Decision.WAIVE ? Status.WAIVED : Status.OPEN, decidedBy, at, 0);
	}

	/** The next step of the follow-up; a closed incident stays closed. */
	LoanIncident follow(Status next) {
		if (status == Status.CLOSED) {
			throw new LoanRefused("status", "lending.incident.closed");
		}
		return new LoanIncident(id, loanId, kind, description, decision, amountCents, reason, next, decidedBy, createdAt, version);
	}
}
