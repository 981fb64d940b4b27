package be.digibank.network;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.NetworkViews.ExceptionRow;
import be.digibank.network.NetworkViews.LocationDetails;
import be.digibank.network.NetworkViews.LocationRow;
import be.digibank.network.NetworkViews.OpeningRow;
import be.digibank.network.NetworkViews.SlotRow;
import be.digibank.network.OpeningHours.Opening;
import be.digibank.network.OpeningHours.OpeningException;
import be.digibank.network.OpeningHours.WeeklySlot;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help points of the actor's digibank. Viewing reaches the whole digibank; managing reaches what the actor's scope
 * allows (a staff member: only the help points of their own partner). What the actor may not manage is not found.
 */
@Service
class LocationAdministration {

	static final String RECORD = "Location";

	private final LocationRepository locations;
	private final PartnerRepository partners;
	private final AuditTrail audit;
	private final Clock clock;

	LocationAdministration(LocationRepository locations, PartnerRepository partners, AuditTrail audit, Clock clock) {
		this.locations = locations;
		this.partners = partners;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LocationRow> list(Actor actor) {
		Instant now = clock.instant();
		LocalDate today = now.atZone(OpeningHours.BRUSSELS).toLocalDate();
		Map<PartnerId, String> names = partnerNames(actor);
		return locations.all(actor.tenant(), today).stream().map(location -> row(location, names, now)).toList();
	}

	/** One help point with its hours, recorded as viewed. */
	@Transactional
	public LocationDetails view(Actor actor, LocationId id) {
		Location location = locations.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		audit.record(AuditAction.VIEW, RECORD, id, location.description().name());
		return details(actor, location);
	}

	/** One help point with its hours, without recording a view (a form shown again). */
	@Transactional(readOnly = true)
	public LocationDetails details(Actor actor, LocationId id) {
		return details(actor, locations.find(actor.tenant(), id).orElseThrow(NotFoundException::new));
	}

	/** A help point the actor may change, for its edit form. */
	@Transactional(readOnly = true)
	public LocationRow forChange(Actor actor, LocationId id) {
		Location location = manageable(actor, locations.find(actor.tenant(), id));
		return row(location, partnerNames(actor), clock.instant());
	}

	/** The partners the actor may open or move a help point for. */
	@Transactional(readOnly = true)
	public List<PartnerOrganisation> partnersFor(Actor actor) {
		return partners.all(actor.tenant()).stream()
				.filter(partner -> actor.reaches(Permission.LOCATION_MANAGE, partner.id(), null)).toList();
	}

	@Transactional
	public LocationId open(Actor actor, Location.Description description) {
		authorisePartner(actor, description.partnerId());
		Location location = Location.open(actor.tenant(), description);
		try {
			locations.insert(location);
		} catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
		audit.record(AuditAction.CREATE, RECORD, location.id(), description.name());
		return location.id();
	}

	@Transactional
	public void describe(Actor actor, LocationId id, int seenVersion, Location.Description description) {
		Location location = manageable(actor, locations.lock(actor.tenant(), id));
		location.expectVersion(seenVersion);
		authorisePartner(actor, description.partnerId());
		location.describe(description);
		try {
			locations.update(location);
		} catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
		audit.record(AuditAction.CHANGE, RECORD, id, description.name());
	}

	@Transactional
	public void addSlot(Actor actor, LocationId id, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
		Location location = manageable(actor, locations.lock(actor.tenant(), id));
		WeeklySlot slot = location.newSlot(day, startsAt, endsAt);
		try {
			locations.insertSlot(location, slot);
		} catch (DataIntegrityViolationException refused) {
			if (SqlStates.is(refused, SqlStates.EXCLUSION_VIOLATION)) {
				throw new FieldProblem("startsAt", "slot.overlaps");
			}
			throw refused;
		}
		audit.record(AuditAction.CHANGE, RECORD, id, "slot added " + day + " " + startsAt + "-" + endsAt);
	}

	@Transactional
	public void removeSlot(Actor actor, LocationId id, UUID slotId) {
		Location location = manageable(actor, locations.lock(actor.tenant(), id));
		if (!location.hasSlot(slotId)) {
			throw new NotFoundException();
		}
		locations.deleteSlot(location, slotId);
		audit.record(AuditAction.DELETE, "OpeningSlot", slotId, "of location " + id);
	}

	@Transactional
	public void addException(Actor actor, LocationId id, LocalDate date, boolean extra, @Nullable LocalTime startsAt,
			@Nullable LocalTime endsAt, String reason) {
		Location location = manageable(actor, locations.lock(actor.tenant(), id));
		OpeningException exception = extra
				? location.extraSlot(date, startsAt, endsAt, reason)
				: location.closure(date, startsAt, endsAt, reason);
		locations.insertException(location, exception);
		audit.record(AuditAction.CHANGE, RECORD, id, (extra ? "extra slot " : "closure ") + date);
	}

	@Transactional
	public void removeException(Actor actor, LocationId id, UUID exceptionId) {
		Location location = manageable(actor, locations.lock(actor.tenant(), id));
		if (!location.hasException(exceptionId)) {
			throw new NotFoundException();
		}
		locations.deleteException(location, exceptionId);
		audit.record(AuditAction.DELETE, "OpeningException", exceptionId, "of location " + id);
	}

	boolean mayManage(Actor actor, LocationRow location) {
		return actor.reaches(Permission.LOCATION_MANAGE, new PartnerId(location.partnerId()), null);
	}

	private Location manageable(Actor actor, java.util.Optional<Location> found) {
		return found.filter(location -> actor.reaches(Permission.LOCATION_MANAGE, location.partnerId(), null))
				.orElseThrow(NotFoundException::new);
	}

	private void authorisePartner(Actor actor, PartnerId partner) {
		if (partners.find(actor.tenant(), partner).isEmpty() || !actor.reaches(Permission.LOCATION_MANAGE, partner, null)) {
			throw new FieldProblem("partnerId", "location.partner.notAllowed");
		}
	}

	private Map<PartnerId, String> partnerNames(Actor actor) {
		return partners.all(actor.tenant()).stream()
				.collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name, (a, b) -> a));
	}

	private LocationDetails details(Actor actor, Location location) {
		Instant now = clock.instant();
		LocalDate today = now.atZone(OpeningHours.BRUSSELS).toLocalDate();
		LocationRow row = row(location, partnerNames(actor), now);
		List<SlotRow> slots = location.slots().stream()
				.map(slot -> new SlotRow(slot.id(), slot.day(), slot.startsAt(), slot.endsAt())).toList();
		List<ExceptionRow> exceptions = location.exceptions().stream().filter(e -> !e.date().isBefore(today))
				.map(e -> new ExceptionRow(e.id(), e.date(), e.kind().name(), e.startsAt(), e.endsAt(), e.reason()))
				.toList();
		List<OpeningRow> next = location.schedule().nextOpenings(now, 5).stream()
				.map(opening -> new OpeningRow(opening.startsAt(), opening.endsAt())).toList();
		return new LocationDetails(row, slots, exceptions, next, mayManage(actor, row));
	}

	private static LocationRow row(Location location, Map<PartnerId, String> partnerNames, Instant now) {
		Location.Description d = location.description();
		OpeningHours hours = location.schedule();
		Opening next = hours.nextOpenings(now, 2).stream().filter(o -> o.startsAt().toInstant().isAfter(now)).findFirst()
				.orElse(null);
		return new LocationRow(location.id().value(), d.partnerId().value(), partnerNames.getOrDefault(d.partnerId(), ""),
				d.name(), d.kind(), d.street(), d.postcode(), d.municipality(), d.accessibilityNotes(),
				d.publicComputers(), location.active(), location.version(), hours.isOpenAt(now),
				next == null ? null : next.startsAt());
	}

	private static RuntimeException translate(DataIntegrityViolationException refused) {
		if (SqlStates.is(refused, SqlStates.UNIQUE_VIOLATION)) {
			return new FieldProblem("name", "location.name.taken");
		}
		return refused;
	}
}
