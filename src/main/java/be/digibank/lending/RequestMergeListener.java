package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.PersonsMerged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two person records were one person: requests, offers and reservations move to the survivor, in the merge's own
 * transaction. Where both waited for the same kind of device, the survivor's request stays and the other is cancelled
 * (a person waits once per kind; an undo gives the request back to its person, waiting again at its old place). What
 * moved is remembered for an undo ({@link LendingMergeMoves}).
 */
@Component
class RequestMergeListener {

	static final String MERGE_REASON = "merged with another record of the same person";

	private final RequestRepository requests;
	private final OfferRepository offers;
	private final LendingMergeMoves moves;
	private final AuditTrail audit;
	private final Clock clock;

	RequestMergeListener(RequestRepository requests, OfferRepository offers, LendingMergeMoves moves, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.moves = moves;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	public void on(PersonsMerged merged) {
		List<Request> survivors = requests.openOf(merged.digibankId(), merged.survivor());
		List<RequestId> cancelled = new ArrayList<>();
		for (Request request : requests.openOf(merged.digibankId(), merged.merged())) {
			if (survivors.stream().anyMatch(kept -> kept.category() == request.category())) {
				for (OfferRepository.Offer offer : offers.ofRequest(merged.digibankId(), request.id())) {
					offers.move(merged.digibankId(), offer.id(), Set.of("OPEN", "ACCEPTED"), "WITHDRAWN", "", clock.instant());
				}
				request.cancel(MERGE_REASON);
				requests.saveCancellation(request, clock.instant());
				cancelled.add(request.id());
			}
		}
		int moved = moves.move(merged.digibankId(), "request", merged.merged(), merged.survivor())
				+ moves.move(merged.digibankId(), "offer", merged.merged(), merged.survivor())
				+ moves.move(merged.digibankId(), "reservation", merged.merged(), merged.survivor());
		moves.cancelledByMerge(merged.digibankId(), merged.merged(), cancelled);
		if (moved > 0) {
			audit.record(AuditAction.CHANGE, RequestDesk.RECORD, merged.survivor(),
					moved + " requests, offers and reservations moved from " + merged.merged());
		}
	}
}
