package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceStock;
import be.digibank.lending.RequestViews.CategoryCount;
import be.digibank.lending.RequestViews.OfferRow;
import be.digibank.lending.RequestViews.RequestDetails;
import be.digibank.lending.RequestViews.RequestRow;
import be.digibank.lending.RequestViews.WaitingPage;
import be.digibank.lending.RequestViews.WaitingRow;
import be.digibank.network.LocationId;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.people.EligibilityVerdict;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.people.PersonSummary;
import be.digibank.people.Service;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/** Requests for a device and the waiting lists of the actor's digibank, with the digibank's priority rules. */
@org.springframework.stereotype.Service
class RequestDesk {

	static final String RECORD = "LendingRequest";
	static final Locale DUTCH = Locale.of("nl");

	private final RequestRepository requests;
	private final OfferRepository offers;
	private final PeopleRegister people;
	private final Network network;
	private final DeviceStock stock;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;

	RequestDesk(RequestRepository requests, OfferRepository offers, PeopleRegister people, Network network, DeviceStock stock, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.people = people;
		this.network = network;
		this.stock = stock;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return clock.instant().atZone(WaitingList.BRUSSELS).toLocalDate();
	}

	/** Puts a person on the waiting list for a kind of device; a person waits at most once per kind. */
	@Transactional
	public RequestId ask(Actor actor, PersonId person, DeviceCategory category, @Nullable LocationId location, Request.Urgency urgency, String note) {
		DigibankId digibank = actor.tenant();
		if (people.person(digibank, person).isEmpty()) {
			throw new FieldProblem("personId", "lending.queue.person.unknown");
		}
		if (location != null && network.location(digibank, location).isEmpty()) {
			throw new FieldProblem("locationId", "lending.queue.location.unknown");
		}
		if (!Request.CATEGORIES.contains(category)) {
			throw new FieldProblem("category", "lending.queue.category.unknown");
		}
		Request request = Request.ask(digibank, person, category, location, urgency, note, clock.instant());
		try {
			requests.insert(request, actor);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new FieldProblem("category", "lending.queue.request.duplicate");
			}
			throw refused;
		}
		audit.record(AuditAction.CREATE, RECORD, request.id(),
				category + " for person " + person + (urgency == Request.Urgency.URGENT ? ", urgent" : ""));
		people.recordService(digibank, person, "LENDING",
				messages.getMessage("lending.queue.timeline.requested", new Object[]{categoryName(category, DUTCH)}, DUTCH), clock.instant());
		return request.id();
	}

	String categoryName(DeviceCategory category, Locale locale) {
		return messages.getMessage("deviceCategory." + category.name(), null, category.name(), locale);
	}

	/**
	 * One page of the waiting list: the whole list is ordered (a place depends on everyone before it), but only the persons
	 * of the shown rows are named.
	 */
	@Transactional(readOnly = true)
	public WaitingPage waitingList(Actor actor, DeviceCategory category, int from, int size) {
		DigibankId digibank = actor.tenant();
		List<Waiting> places = places(digibank, category);
		// a page past the end (the list got shorter since the link was made) shows the last one
		int start = from >= places.size() && !places.isEmpty() && size > 0 ? (places.size() - 1) / size * size : Math.min(from, places.size());
		List<Waiting> shown = places.subList(start, (int) Math.min((long) start + size, places.size()));
		return new WaitingPage(rows(digibank, shown), places.size(), start, size);
	}

	/**
	 * The waiting list of a kind of device in the digibank's order. The verdicts of all waiting persons are asked of the
	 * people register at once: one by one they cost five statements per person, seconds at a few thousand (ADR 015).
	 */
	List<Waiting> places(DigibankId digibank, DeviceCategory category) {
		List<Request> waiting = requests.open(digibank, category, List.of(Request.Status.WAITING));
		Map<RequestId, Request> byId = waiting.stream().collect(Collectors.toMap(Request::id, request -> request));
		Map<PersonId, EligibilityVerdict> verdicts = people.eligibilities(digibank, waiting.stream().map(Request::personId).toList(),
				Service.LENDING);
		List<WaitingList.Entry> entries = waiting.stream().map(request -> new WaitingList.Entry(request.id(), request.urgency(),
				request.requestedAt(), verdicts.get(request.personId()))).toList();
		return WaitingList.order(requests.settings(digibank).rules(), entries, today()).stream()
				.map(place -> new Waiting(byId.get(place.entry().id()), place)).toList();
	}

	/** A waiting request and its place on the list. */
	record Waiting(Request request, WaitingList.Place place) {
	}

	/** The rows of the given places, their persons named in one question to the people register. */
	List<WaitingRow> rows(DigibankId digibank, List<Waiting> shown) {
		Map<PersonId, String> names = personNames(digibank, shown.stream().map(waiting -> waiting.request().personId()).toList());
		Map<UUID, String> locations = shown.isEmpty() ? Map.of() : locationNames(digibank);
		return shown.stream().map(waiting -> {
			WaitingList.Place place = waiting.place();
			return new WaitingRow(place.position(), row(waiting.request(), locations, names), place.matched().stream().map(Enum::name).toList(),
					place.waitingDays(), place.entry().eligible(), place.entry().verdict());
		}).toList();
	}

	@Transactional(readOnly = true)
	public List<RequestRow> recent(Actor actor) {
		Map<UUID, String> locations = locationNames(actor.tenant());
		List<Request> recent = requests.recent(actor.tenant(), 200);
		Map<PersonId, String> names = personNames(actor.tenant(), recent.stream().map(Request::personId).toList());
		return recent.stream().map(r -> row(r, locations, names)).toList();
	}

	/** Per kind of device: how many wait and how many devices can go out now. */
	@Transactional(readOnly = true)
	public List<CategoryCount> counts(Actor actor) {
		Map<DeviceCategory, Long> waiting = requests.open(actor.tenant(), null, List.of(Request.Status.WAITING)).stream()
				.collect(Collectors.groupingBy(Request::category, Collectors.counting()));
		Map<DeviceCategory, Long> available = stock.availableCounts(actor.tenant());
		return Request.CATEGORIES.stream()
				.map(category -> new CategoryCount(category, waiting.getOrDefault(category, 0L), available.getOrDefault(category, 0L))).toList();
	}

	/** One request with its place on the waiting list and its offers; reading it is audited (it names a person). */
	@Transactional
	public RequestDetails details(Actor actor, RequestId id) {
		Request request = requests.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		Map<UUID, String> locations = locationNames(actor.tenant());
		WaitingRow place = request.status() == Request.Status.WAITING
				? rows(actor.tenant(), places(actor.tenant(), request.category()).stream().filter(w -> w.request().id().equals(id)).toList())
						.stream().findFirst().orElse(null)
				: null;
		audit.record(AuditAction.VIEW, RECORD, id, "request of person " + request.personId());
		return new RequestDetails(row(request, locations), place, offerRows(actor.tenant(), offers.ofRequest(actor.tenant(), id), locations),
				request.version());
	}

	/** The request must exist in the actor's digibank, or the call is answered with 404 before anything else. */
	@Transactional(readOnly = true)
	public Request existing(Actor actor, RequestId id) {
		return requests.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	/** The request an offer belongs to; 404 for an offer of another digibank. */
	@Transactional(readOnly = true)
	public RequestId offerRequest(Actor actor, OfferId offer) {
		return offers.find(actor.tenant(), offer).map(OfferRepository.Offer::requestId).orElseThrow(NotFoundException::new);
	}

	/** Offers that hold a device now, soonest expiry first. */
	@Transactional(readOnly = true)
	public List<OfferRow> holding(Actor actor, @Nullable DeviceCategory category) {
		return offerRows(actor.tenant(),
				offers.holding(actor.tenant()).stream().filter(offer -> category == null || offer.category() == category).toList(),
				locationNames(actor.tenant()));
	}

	@Transactional(readOnly = true)
	public WaitingListSettings settings(Actor actor) {
		return requests.settings(actor.tenant());
	}

	@Transactional
	public void saveSettings(Actor actor, WaitingListSettings settings) {
		requests.saveSettings(actor.tenant(), settings);
		audit.record(AuditAction.CHANGE, "WaitingListSettings", actor.tenant(),
				"rules " + settings.rules() + ", hold " + settings.offerHoldDays() + " days, class sets " + settings.classSetNoticeDays() + " days"
						+ (settings.classSetNoticeRefused() ? " (refused)" : " (warning)"));
	}

	List<OfferRow> offerRows(DigibankId digibank, List<OfferRepository.Offer> list, Map<UUID, String> locations) {
		List<OfferRow> rows = new ArrayList<>();
		for (OfferRepository.Offer offer : list) {
			String device = stock.device(digibank, offer.deviceId()).map(DeviceStock.StockDevice::label).orElse("");
			rows.add(new OfferRow(offer.id().value(), offer.requestId().value(), offer.personId().value(), personName(digibank, offer.personId()),
					offer.deviceId().value(), device, offer.locationId() == null ? "" : locations.getOrDefault(offer.locationId().value(), ""),
					offer.offeredAt(), offer.heldUntil(), offer.status(), offer.decidedByName()));
		}
		return rows;
	}

	RequestRow row(Request request, Map<UUID, String> locations) {
		return row(request, locations, Map.of(request.personId(), personName(request.digibankId(), request.personId())));
	}

	RequestRow row(Request request, Map<UUID, String> locations, Map<PersonId, String> names) {
		UUID location = request.locationId() == null ? null : request.locationId().value();
		return new RequestRow(request.id().value(), request.personId().value(), names.getOrDefault(request.personId(), ""),
				request.category(), location, location == null ? "" : locations.getOrDefault(location, ""), request.urgency().name(),
				request.status().name(), request.requestedAt(), request.requestedByName(), request.note(), request.cancelReason());
	}

	String personName(DigibankId digibank, PersonId person) {
		return people.person(digibank, person).map(PersonSummary::displayName).orElse("");
	}

	Map<PersonId, String> personNames(DigibankId digibank, List<PersonId> persons) {
		Map<PersonId, String> names = new HashMap<>();
		people.persons(digibank, persons).forEach((id, person) -> names.put(id, person.displayName()));
		return names;
	}

	Map<UUID, String> locationNames(DigibankId digibank) {
		return network.locations(digibank).stream().collect(Collectors.toMap(l -> l.id().value(), LocationSummary::name, (a, b) -> a));
	}

	Optional<String> locationName(DigibankId digibank, @Nullable LocationId location) {
		return location == null ? Optional.empty() : network.location(digibank, location).map(LocationSummary::name);
	}
}
