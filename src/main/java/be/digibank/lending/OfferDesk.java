package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.inventory.DeviceStock;
import be.digibank.inventory.DeviceStock.StockDevice;
import be.digibank.lending.OfferRepository.Offer;
import be.digibank.lending.RequestViews.FreeDevice;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.people.Service;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: a device that can go out is held for the first eligible person on the waiting list for a few days; staff
 * record the answer; an offer that was declined, expired or withdrawn lets the device go to the next person. The
 * database keeps one hold per device and per request (partial unique indexes); requests change status only from the
 * status they were seen in.
 */
@org.springframework.stereotype.Service
class OfferDesk {

	static final String RECORD = "Offer";
	static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

	private final RequestDesk desk;
	private final RequestRepository requests;
	private final OfferRepository offers;
	private final ReservationRepository reservations;
	private final DeviceStock stock;
	private final PeopleRegister people;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	OfferDesk(RequestDesk desk, RequestRepository requests, OfferRepository offers, ReservationRepository reservations, DeviceStock stock,
			PeopleRegister people, AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.requests = requests;
		this.offers = offers;
		this.reservations = reservations;
		this.stock = stock;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Offers a device that can go out to the first eligible waiting person who has not already let it go. Nothing happens
	 * when the device is held, booked for a coming period, not available, or nobody waits for its kind.
	 */
	@Transactional
	public Optional<OfferId> offerDevice(DigibankId digibank, DeviceId deviceId, @Nullable Actor actor) {
		Optional<StockDevice> found = stock.device(digibank, deviceId).filter(StockDevice::available)
				.filter(device -> Request.CATEGORIES.contains(device.category()));
		if (found.isEmpty() || offers.holdingDevice(digibank, deviceId).isPresent()
				|| reservations.devicesBookedFrom(digibank, desk.today()).contains(deviceId.value())) {
			return Optional.empty();
		}
		StockDevice device = found.get();
		Set<UUID> hadIt = offers.requestsThatHadDevice(digibank, deviceId);
		for (RequestDesk.Waiting waiting : desk.places(digibank, device.category())) {
			if (!waiting.place().entry().eligible()) {
				break;
			}
			RequestId request = waiting.request().id();
			if (hadIt.contains(request.value())) {
				continue;
			}
			if (requests.move(digibank, request, Request.Status.WAITING, Request.Status.OFFERED, clock.instant())) {
				Request claimed = requests.find(digibank, request).orElseThrow();
				return Optional.of(hold(digibank, claimed, device, actor));
			}
		}
		return Optional.empty();
	}

	/**
	 * "Offer now": staff offer a chosen device (or the first free one, preferably at the asked location) to one request.
	 */
	@Transactional
	public OfferId offerNow(Actor actor, RequestId id, @Nullable DeviceId chosen) {
		DigibankId digibank = actor.tenant();
		Request request = requests.find(digibank, id).orElseThrow(NotFoundException::new);
		request.requireWaiting();
		boolean eligible = people.eligibility(digibank, request.personId(), Service.LENDING).map(v -> v.eligible()).orElse(false);
		if (!eligible) {
			throw new ConflictException("lending.queue.offer.notEligible");
		}
		StockDevice device;
		if (chosen != null) {
			device = stock.device(digibank, chosen).filter(d -> d.category() == request.category()).orElseThrow(
					() -> new FieldProblem("deviceId", "lending.queue.offer.deviceUnknown"));
			if (!free(digibank, request.category()).contains(device.id().value())) {
				throw new FieldProblem("deviceId", "lending.queue.offer.deviceNotFree");
			}
		} else {
			device = freeDevices(digibank, request.category()).stream()
					.min(Comparator.comparing(d -> request.locationId() == null || !request.locationId().equals(d.locationId())))
					.orElseThrow(() -> new FieldProblem("deviceId", "lending.queue.offer.noDevice"));
		}
		if (!requests.move(digibank, id, Request.Status.WAITING, Request.Status.OFFERED, clock.instant())) {
			throw new ConflictException("error.409.concurrent");
		}
		return hold(digibank, request, device, actor);
	}

	/** Devices of a kind that can be offered now: available, not held, not booked for a coming period. */
	@Transactional(readOnly = true)
	public List<FreeDevice> freeDevices(Actor actor, DeviceCategory category) {
		Map<UUID, String> locations = desk.locationNames(actor.tenant());
		return freeDevices(actor.tenant(), category).stream().map(d -> new FreeDevice(d.id().value(), d.label(),
				d.locationId() == null ? "" : locations.getOrDefault(d.locationId().value(), ""))).toList();
	}

	List<StockDevice> freeDevices(DigibankId digibank, DeviceCategory category) {
		Set<UUID> held = offers.heldDevices(digibank);
		Set<UUID> booked = reservations.devicesBookedFrom(digibank, desk.today());
		return stock.available(digibank, category, null).stream()
				.filter(d -> !held.contains(d.id().value()) && !booked.contains(d.id().value())).toList();
	}

	private Set<UUID> free(DigibankId digibank, DeviceCategory category) {
		return Set.copyOf(freeDevices(digibank, category).stream().map(d -> d.id().value()).toList());
	}

	private OfferId hold(DigibankId digibank, Request request, StockDevice device, @Nullable Actor actor) {
		LocalDate until = desk.today().plusDays(requests.settings(digibank).offerHoldDays());
		Offer offer = new Offer(OfferId.random(), digibank, request.id(), request.personId(), device.id(), device.category(), device.locationId(),
				clock.instant(), until, "OPEN", "");
		try {
			offers.insert(offer);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new ConflictException("lending.queue.offer.deviceHeld");
			}
			throw refused;
		}
		audit.record(actor, digibank, AuditAction.CREATE, RECORD, offer.id(),
				device.assetTag() + " held for person " + request.personId() + " until " + until);
		String location = desk.locationName(digibank, device.locationId()).orElse("");
		Optional<PersonContact> contact = people.contact(digibank, request.personId());
		Locale language = Locale.of(contact.map(PersonContact::language).filter(l -> List.of("nl", "fr", "en").contains(l)).orElse("nl"));
		events.publishEvent(new PersonNotice(digibank, request.personId().value(), "lending.offer",
				Map.of("name", contact.map(PersonContact::displayName).orElse(""), "deviceType", desk.categoryName(device.category(), language),
						"location", location, "until", NOTICE_DATE.format(until)),
				PersonNotice.Importance.ESSENTIAL, Set.of(), "offer:" + offer.id()));
		timeline(digibank, request.personId(), "lending.queue.timeline.offered", desk.categoryName(device.category(), RequestDesk.DUTCH),
				device.assetTag());
		return offer.id();
	}

	/** The person said yes: the device stays held for them until the checkout. */
	@Transactional
	public void accept(Actor actor, OfferId id) {
		Offer offer = existing(actor, id);
		if (!offers.move(actor.tenant(), id, Set.of("OPEN"), "ACCEPTED", actor.displayName(), clock.instant())) {
			throw new ConflictException("lending.queue.offer.notOpen");
		}
		requests.move(actor.tenant(), offer.requestId(), Request.Status.OFFERED, Request.Status.ACCEPTED, clock.instant());
		audit.record(AuditAction.CHANGE, RECORD, id, "accepted");
		pickupReady(actor.tenant(), offer);
	}

	/**
	 * The person said yes, so the counter sets the device aside for them: they hear which device waits where, and until
	 * when. Sent once per offer (the reference), in the person's language, on their preferred channel.
	 */
	private void pickupReady(DigibankId digibank, Offer offer) {
		String device = stock.device(digibank, offer.deviceId()).map(StockDevice::label).orElse("");
		String location = desk.locationName(digibank, offer.locationId()).orElse("");
		String name = people.contact(digibank, offer.personId()).map(PersonContact::displayName).orElse("");
		events.publishEvent(new PersonNotice(digibank, offer.personId().value(), "lending.pickup-ready",
				Map.of("name", name, "device", device, "location", location, "until", NOTICE_DATE.format(offer.heldUntil())),
				PersonNotice.Importance.ESSENTIAL, Set.of(), "offer:" + offer.id() + ":pickup-ready"));
	}

	/** The person said no: they keep waiting for another device, and this one goes to the next person. */
	@Transactional
	public Optional<OfferId> decline(Actor actor, OfferId id) {
		Offer offer = existing(actor, id);
		if (!offers.move(actor.tenant(), id, Set.of("OPEN", "ACCEPTED"), "DECLINED", actor.displayName(), clock.instant())) {
			throw new ConflictException("lending.queue.offer.notOpen");
		}
		backToWaiting(actor.tenant(), offer.requestId());
		audit.record(AuditAction.CHANGE, RECORD, id, "declined");
		timeline(actor.tenant(), offer.personId(), "lending.queue.timeline.declined", desk.categoryName(offer.category(), RequestDesk.DUTCH), "");
		return offerDevice(actor.tenant(), offer.deviceId(), actor);
	}

	/** The hold of an offer ran out without a checkout: the person keeps waiting, the device goes to the next person. */
	@Transactional
	public Optional<OfferId> expire(Offer offer) {
		if (!offers.move(offer.digibankId(), offer.id(), Set.of("OPEN", "ACCEPTED"), "EXPIRED", "", clock.instant())) {
			return Optional.empty();
		}
		backToWaiting(offer.digibankId(), offer.requestId());
		audit.record(null, offer.digibankId(), AuditAction.CHANGE, RECORD, offer.id(), "expired (held until " + offer.heldUntil() + ")");
		timeline(offer.digibankId(), offer.personId(), "lending.queue.timeline.expired", desk.categoryName(offer.category(), RequestDesk.DUTCH),
				"");
		return offerDevice(offer.digibankId(), offer.deviceId(), null);
	}

	/** Stops a request with a reason; a device held for it goes to the next person. */
	@Transactional
	public void cancel(Actor actor, RequestId id, int version, String reason) {
		DigibankId digibank = actor.tenant();
		Request request = requests.lock(digibank, id).orElseThrow(NotFoundException::new);
		if (request.version() != version) {
			throw new ConflictException("error.409.concurrent");
		}
		request.cancel(reason);
		requests.saveCancellation(request, clock.instant());
		audit.record(AuditAction.CHANGE, RequestDesk.RECORD, id, "cancelled: " + request.cancelReason());
		timeline(digibank, request.personId(), "lending.queue.timeline.cancelled", desk.categoryName(request.category(), RequestDesk.DUTCH), "");
		for (Offer offer : offers.ofRequest(digibank, id)) {
			if (offer.holding() && offers.move(digibank, offer.id(), Set.of("OPEN", "ACCEPTED"), "WITHDRAWN", actor.displayName(), clock.instant())) {
				offerDevice(digibank, offer.deviceId(), actor);
			}
		}
	}

	/** Offers every free device of every kind people wait for: the safety net behind {@code DeviceBecameAvailable}. */
	@Transactional
	public int offerFreeDevices(DigibankId digibank) {
		int made = 0;
		for (DeviceCategory category : Request.CATEGORIES) {
			if (!requests.someoneWaits(digibank, category)) {
				continue;
			}
			for (StockDevice device : freeDevices(digibank, category)) {
				if (offerDevice(digibank, device.id(), null).isPresent()) {
					made++;
				}
			}
		}
		return made;
	}

	private void backToWaiting(DigibankId digibank, RequestId request) {
		if (!requests.move(digibank, request, Request.Status.OFFERED, Request.Status.WAITING, clock.instant())) {
			requests.move(digibank, request, Request.Status.ACCEPTED, Request.Status.WAITING, clock.instant());
		}
	}

	private Offer existing(Actor actor, OfferId id) {
		return offers.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	private void timeline(DigibankId digibank, PersonId person, String key, String category, String device) {
		people.recordService(digibank, person, "LENDING", messages.getMessage(key, new Object[]{category, device}, RequestDesk.DUTCH),
				clock.instant());
	}
}
