package be.digibank.lending;

import be.digibank.lending.OfferRepository.Offer;
import be.digibank.shared.ConflictException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Guards loans against holds and bookings, inside the checkout's or extension's own transaction: throwing undoes it. A
 * device held by an offer goes only to the person it is held for; a device booked for a period goes to nobody else
 * during that period; an extension is refused while someone waits for that kind of device.
 */
@Component
class ReservationLoanGuard {

	private final OfferRepository offers;
	private final RequestRepository requests;
	private final ReservationRepository reservations;
	private final Clock clock;

	ReservationLoanGuard(OfferRepository offers, RequestRepository requests, ReservationRepository reservations, Clock clock) {
		this.offers = offers;
		this.requests = requests;
		this.reservations = reservations;
		this.clock = clock;
	}

	@EventListener
	public void on(LoanStarted loan) {
		ReservationRepository.Claims claims = reservations.claimsOn(loan.digibankId(), loan.loanId(), loan.deviceId(), loan.person(), loan.startsOn(),
				loan.dueOn());
		if (claims.heldFor() != null && (loan.person() == null || !claims.heldFor().equals(loan.person().value()))) {
			throw new ConflictException("lending.queue.loan.heldForOther");
		}
		if (claims.bookedByOrganisation() != null) {
			throw new ConflictException(loan.person() == null && claims.bookedByOrganisation()
					? "lending.reservation.loan.bookedForOtherOrganisation"
					: "lending.reservation.loan.bookedForOther");
		}
		if (loan.person() == null) {
			return;
		}
		// the borrower got what they waited for: their hold and their request of this kind are done
		for (Offer offer : offers.holdingOf(loan.digibankId(), loan.person())) {
			if (offer.category() == loan.category()) {
				offers.move(loan.digibankId(), offer.id(), Set.of("OPEN", "ACCEPTED"), "FULFILLED", "", clock.instant());
			}
		}
		for (Request request : requests.openOf(loan.digibankId(), loan.person())) {
			if (request.category() == loan.category()) {
				requests.move(loan.digibankId(), request.id(), request.status(), Request.Status.FULFILLED, clock.instant());
			}
		}
	}

	@EventListener
	public void on(LoanExtended extension) {
		if (requests.someoneWaits(extension.digibankId(), extension.category())) {
			throw new ConflictException("lending.queue.loan.someoneWaiting." + extension.category().name());
		}
		var today = clock.instant().atZone(WaitingList.BRUSSELS).toLocalDate();
		if (!extension.dueOn().isBefore(today)
				&& reservations.bookings(extension.digibankId(), today, extension.dueOn()).stream()
						.anyMatch(b -> b.deviceId().equals(extension.deviceId()))) {
			throw new ConflictException("lending.reservation.loan.bookedDuringExtension");
		}
	}
}
