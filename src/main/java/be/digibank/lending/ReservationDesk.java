package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.inventory.DeviceStock;
import be.digibank.inventory.DeviceStock.StockDevice;
import be.digibank.lending.ReservationRepository.BookedDevice;
import be.digibank.lending.ReservationRepository.Reservation;
import be.digibank.lending.ReservationViews.BookableDevice;
import be.digibank.lending.ReservationViews.DayAvailability;
import be.digibank.lending.ReservationViews.ReservationRow;
import be.digibank.network.LocationId;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations: devices booked for a period, for a person or for an organisation's class set. PostgreSQL keeps the
 * bookings of one device apart (an exclusion constraint); this desk checks the input, turns the constraint's refusal
 * into a message naming the device, confirms to the person and keeps the calendar.
 */
@Service
class ReservationDesk {

	static final String RECORD = "Reservation";
	static final int CALENDAR_DAYS = 28;

	/** What to book, after the form's own checks. */
	record Booking(@Nullable PersonId person, String organisationName, String contact, LocationId pickupLocation, LocalDate startsOn,
			LocalDate endsOn, List<String> codes, List<DeviceId> picked, String note) {
	}

	/** A booking made; {@code lateClassSet} when an organisation booked with less notice than the digibank asks. */
	record Booked(ReservationId id, boolean lateClassSet) {
	}

	private final ReservationRepository reservations;
	private final RequestRepository requests;
	private final OfferRepository offers;
	private final RequestDesk desk;
	private final DeviceStock stock;
	private final PeopleRegister people;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	ReservationDesk(ReservationRepository reservations, RequestRepository requests, OfferRepository offers, RequestDesk desk, DeviceStock stock,
			PeopleRegister people, AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.reservations = reservations;
		this.requests = requests;
		this.offers = offers;
		this.desk = desk;
		this.stock = stock;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return desk.today();
	}

	/** How many days ahead the digibank asks organisations to book a class set. */
	@Transactional(readOnly = true)
	public int noticeDays(Actor actor) {
		return requests.settings(actor.tenant()).classSetNoticeDays();
	}

	@Transactional
	public Booked book(Actor actor, Booking booking) {
		DigibankId digibank = actor.tenant();
		if (booking.person() != null && people.person(digibank, booking.person()).isEmpty()) {
			throw new ReservationRefused("personId", "lending.queue.person.unknown", "");
		}
		if (desk.locationName(digibank, booking.pickupLocation()).isEmpty()) {
			throw new ReservationRefused("pickupLocationId", "lending.queue.location.unknown", "");
		}
		if (booking.startsOn().isBefore(today())) {
			throw new ReservationRefused("startsOn", "lending.reservation.startsOn.past", "");
		}
		if (booking.endsOn().isBefore(booking.startsOn())) {
			throw new ReservationRefused("endsOn", "lending.reservation.endsOn.beforeStart", "");
		}
		List<StockDevice> devices = devices(digibank, booking);
		WaitingListSettings settings = requests.settings(digibank);
		boolean late = booking.person() == null && booking.startsOn().isBefore(today().plusDays(settings.classSetNoticeDays()));
		if (late && settings.classSetNoticeRefused()) {
			throw new ReservationRefused("startsOn", "lending.reservation.classSet.tooLate", String.valueOf(settings.classSetNoticeDays()));
		}
		Reservation reservation = new Reservation(ReservationId.random(), digibank, booking.person(), booking.organisationName().strip(),
				booking.contact().strip(), booking.pickupLocation(), booking.startsOn(), booking.endsOn(), booking.note().strip(), "BOOKED", "",
				actor.displayName(), clock.instant(), 0, devices.stream().map(StockDevice::id).toList());
		reservations.insert(reservation, actor);
		for (StockDevice device : devices) {
			try {
				reservations.insertDevice(reservation, device.id());
			} catch (DataIntegrityViolationException refused) {
				if (isExclusionViolation(refused)) {
					throw new ReservationConflict(device.label());
				}
				throw refused;
			}
		}
		String labels = devices.stream().map(StockDevice::label).collect(Collectors.joining(", "));
		audit.record(AuditAction.CREATE, RECORD, reservation.id(), booking.startsOn() + " – " + booking.endsOn() + ": " + labels
				+ (booking.person() == null ? " for " + reservation.organisationName() : " for person " + booking.person()));
		if (booking.person() != null) {
			confirm(digibank, reservation, labels);
		}
		return new Booked(reservation.id(), late);
	}

	private void confirm(DigibankId digibank, Reservation reservation, String labels) {
		PersonId person = reservation.personId();
		PersonContact contact = people.contact(digibank, person).orElseThrow(NotFoundException::new);
		String location = desk.locationName(digibank, reservation.pickupLocationId()).orElse("");
		events.publishEvent(new PersonNotice(digibank, person.value(), "lending.reservation-confirmed",
				Map.of("name", contact.displayName(), "devices", labels, "from", OfferDesk.NOTICE_DATE.format(reservation.startsOn()), "to",
						OfferDesk.NOTICE_DATE.format(reservation.endsOn()), "location", location),
				PersonNotice.Importance.ESSENTIAL, Set.of(), "reservation:" + reservation.id()));
		people.recordService(digibank, person, "LENDING", messages.getMessage("lending.reservation.timeline.booked",
				new Object[]{labels, OfferDesk.NOTICE_DATE.format(reservation.startsOn()), OfferDesk.NOTICE_DATE.format(reservation.endsOn())},
				RequestDesk.DUTCH), clock.instant());
	}

	/**
	 * The devices named by typed or scanned codes and by the picked list, each once, all known and still in circulation.
	 */
	private List<StockDevice> devices(DigibankId digibank, Booking booking) {
		Map<UUID, StockDevice> chosen = new LinkedHashMap<>();
		for (String code : booking.codes()) {
			StockDevice device = stock.byCode(digibank, code)
					.orElseThrow(() -> new ReservationRefused("codes", "lending.reservation.code.unknown", code));
			chosen.putIfAbsent(device.id().value(), device);
		}
		List<StockDevice> picked = stock.devices(digibank, booking.picked());
		if (picked.size() != Set.copyOf(booking.picked()).size()) {
			throw new ReservationRefused("deviceIds", "lending.reservation.device.unknown", "");
		}
		picked.forEach(device -> chosen.putIfAbsent(device.id().value(), device));
		if (chosen.isEmpty()) {
			throw new ReservationRefused("codes", "lending.reservation.devices.none", "");
		}
		for (StockDevice device : chosen.values()) {
			if (!device.inCirculation()) {
				throw new ReservationRefused("codes", "lending.reservation.device.notLendable", device.label());
			}
		}
		return List.copyOf(chosen.values());
	}

	static boolean isExclusionViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return "23P01".equals(sql.getSQLState());
			}
		}
		return false;
	}

	@Transactional
	public void cancel(Actor actor, ReservationId id, int version, String reason) {
		Reservation reservation = reservations.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!"BOOKED".equals(reservation.status())) {
			throw new ConflictException("lending.reservation.notBooked");
		}
		if (reservation.version() != version) {
			throw new ConflictException("error.409.concurrent");
		}
		String why = reason.strip();
		reservations.cancel(reservation, why.length() > 500 ? why.substring(0, 500) : why, clock.instant());
		audit.record(AuditAction.CHANGE, RECORD, id, "cancelled: " + why);
		if (reservation.personId() != null) {
			people.recordService(actor.tenant(), reservation.personId(), "LENDING",
					messages.getMessage("lending.reservation.timeline.cancelled", new Object[]{OfferDesk.NOTICE_DATE.format(reservation.startsOn())},
							RequestDesk.DUTCH),
					clock.instant());
		}
	}

	/** Bookings that have not ended yet (cancelled ones too when asked). */
	@Transactional(readOnly = true)
	public List<ReservationRow> upcoming(Actor actor, boolean withCancelled) {
		DigibankId digibank = actor.tenant();
		Map<UUID, String> locations = desk.locationNames(digibank);
		return reservations.endingFrom(digibank, today(), withCancelled).stream().map(r -> row(digibank, r, locations)).toList();
	}

	/** One reservation; reading it is audited when it names a person. */
	@Transactional
	public ReservationRow details(Actor actor, ReservationId id) {
		Reservation reservation = reservations.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (reservation.personId() != null) {
			audit.record(AuditAction.VIEW, RECORD, id, "reservation of person " + reservation.personId());
		}
		return row(actor.tenant(), reservation, desk.locationNames(actor.tenant()));
	}

	@Transactional(readOnly = true)
	public ReservationId existing(Actor actor, ReservationId id) {
		return reservations.find(actor.tenant(), id).map(Reservation::id).orElseThrow(NotFoundException::new);
	}

	/** Devices that can be picked for a booking: available now, of a kind, optionally at one location. */
	@Transactional(readOnly = true)
	public List<BookableDevice> bookable(Actor actor, DeviceCategory category, @Nullable LocationId location) {
		Map<UUID, String> locations = desk.locationNames(actor.tenant());
		return stock.available(actor.tenant(), category, location).stream().map(d -> new BookableDevice(d.id().value(), d.label(),
				d.locationId() == null ? "" : locations.getOrDefault(d.locationId().value(), ""))).toList();
	}

	/**
	 * Per day from today, for {@link #CALENDAR_DAYS} days: how many devices of a kind (at a location) can go out, how many
	 * of them are booked that day and how many are free. A device held by an offer is not counted: it is promised already.
	 */
	@Transactional(readOnly = true)
	public List<DayAvailability> availability(Actor actor, DeviceCategory category, @Nullable LocationId location) {
		DigibankId digibank = actor.tenant();
		Set<UUID> held = offers.heldDevices(digibank);
		Set<UUID> devices = stock.available(digibank, category, location).stream().map(d -> d.id().value()).filter(id -> !held.contains(id))
				.collect(Collectors.toSet());
		LocalDate from = today();
		LocalDate to = from.plusDays(CALENDAR_DAYS - 1L);
		List<BookedDevice> bookings = reservations.bookings(digibank, from, to).stream().filter(b -> devices.contains(b.deviceId().value())).toList();
		List<DayAvailability> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate current = day;
			int booked = (int) bookings.stream().filter(b -> b.covers(current)).map(BookedDevice::deviceId).distinct().count();
			days.add(new DayAvailability(day, devices.size(), booked, devices.size() - booked));
		}
		return days;
	}

	private ReservationRow row(DigibankId digibank, Reservation r, Map<UUID, String> locations) {
		List<String> labels = stock.devices(digibank, r.devices()).stream().map(StockDevice::label).toList();
		String forWhom = r.personId() == null ? r.organisationName() : desk.personName(digibank, r.personId());
		return new ReservationRow(r.id().value(), r.personId() == null ? null : r.personId().value(), forWhom, r.classSet(), r.contact(),
				r.pickupLocationId().value(), locations.getOrDefault(r.pickupLocationId().value(), ""), r.startsOn(), r.endsOn(), labels, r.status(),
				r.note(), r.cancelReason(), r.bookedByName(), r.bookedAt(), r.version());
	}
}
