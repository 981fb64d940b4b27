package be.digibank.lending;

import be.digibank.inventory.DeviceBecameAvailable;
import be.digibank.lending.OfferRepository.Offer;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the waiting lists moving: a device that became available is offered right after the move committed, and a
 * periodic run lets expired offers go to the next person and offers any free device that was missed (the safety net).
 * Several instances may run it at once: every change is conditional on the status it found, and the unique indexes
 * refuse a second hold, so work is never done twice.
 */
@Configuration
@EnableScheduling
class OfferJob {

	private static final Logger LOG = LoggerFactory.getLogger(OfferJob.class);

	private final OfferDesk desk;
	private final OfferRepository offers;
	private final RequestRepository requests;
	private final Clock clock;
	private final boolean enabled;

	OfferJob(OfferDesk desk, OfferRepository offers, RequestRepository requests, Clock clock,
			@Value("${digibank.lending.offers.job-enabled:true}") boolean enabled) {
		this.desk = desk;
		this.offers = offers;
		this.requests = requests;
		this.clock = clock;
		this.enabled = enabled;
	}

	/** Runs after the device's move committed, in a transaction of its own: a failure here never undoes the move. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DeviceBecameAvailable available) {
		try {
			desk.offerDevice(available.digibankId(), available.deviceId(), null);
		} catch (ConflictException taken) {
			LOG.info("device {} not offered: {}", available.deviceId(), taken.messageKey());
		}
	}

	@Scheduled(fixedDelayString = "${digibank.lending.offers.interval:PT10M}", initialDelayString = "${digibank.lending.offers.interval:PT10M}")
	void periodically() {
		if (enabled) {
			run();
		}
	}

	/**
	 * Expires offers held past their day and offers free devices; returns how many offers expired and how many were made.
	 */
	int[] run() {
		int expired = 0;
		int made = 0;
		for (Offer offer : offers.expiredBefore(clock.instant().atZone(WaitingList.BRUSSELS).toLocalDate())) {
			try {
				Optional<OfferId> next = desk.expire(offer);
				expired++;
				made += next.isPresent() ? 1 : 0;
			} catch (ConflictException taken) {
				LOG.info("offer {} expired, next offer refused: {}", offer.id(), taken.messageKey());
			}
		}
		for (DigibankId digibank : requests.digibanksWithWaiting()) {
			try {
				made += desk.offerFreeDevices(digibank);
			} catch (ConflictException taken) {
				LOG.info("free devices of {} not all offered: {}", digibank, taken.messageKey());
			}
		}
		if (expired + made > 0) {
			LOG.info("offers: {} expired, {} made", expired, made);
		}
		return new int[]{expired, made};
	}
}
