package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.InventoryViews.DeviceDetails;
import be.digibank.inventory.InventoryViews.DeviceRow;
import be.digibank.inventory.InventoryViews.SanitisationRow;
import be.digibank.inventory.InventoryViews.StockOverview;
import be.digibank.network.LocationId;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.network.PartnerSummary;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Devices of the actor's digibank: intake, lifecycle moves and sanitisation evidence, each written to the history. */
@Service
class DeviceAdministration {

	static final String RECORD = "Device";

	private final DeviceRepository devices;
	private final DonationRepository donations;
	private final Network network;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	DeviceAdministration(DeviceRepository devices, DonationRepository donations, Network network, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events) {
		this.devices = devices;
		this.donations = donations;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Devices shown per page of the device list. */
	static final int PAGE = 100;

	/**
	 * The counts per state and category (from the count table) and one page of the filtered list: the devices after the tag
	 * {@code after}, and the tag to continue from when there are more.
	 */
	@Transactional(readOnly = true)
	public StockOverview overview(Actor actor, @Nullable DeviceState state, @Nullable DeviceCategory category,
			@Nullable LocationId location, @Nullable String after) {
		List<DeviceRow> page = devices.rows(actor.tenant(), state, category, location, null, after, PAGE + 1, locationNames(actor));
		String next = page.size() > PAGE ? page.get(PAGE - 1).assetTag() : null;
		return new StockOverview(devices.countsBy(actor.tenant(), "state"), devices.countsBy(actor.tenant(), "category"),
				page.size() > PAGE ? page.subList(0, PAGE) : page, next);
	}

	@Transactional(readOnly = true)
	public List<DeviceRow> ofDonation(Actor actor, DonationId donation) {
		return devices.rows(actor.tenant(), null, null, null, donation, null, 500, locationNames(actor));
	}

	@Transactional(readOnly = true)
	public List<LocationSummary> locations(Actor actor) {
		return network.locations(actor.tenant());
	}

	@Transactional(readOnly = true)
	public List<PartnerSummary> partners(Actor actor) {
		return network.partners(actor.tenant());
	}

	@Transactional(readOnly = true)
	public Optional<DeviceId> findByCode(Actor actor, String code) {
		String trimmed = code.strip();
		return trimmed.isEmpty() || trimmed.length() > 100 ? Optional.empty() : devices.findByTagOrSerial(actor.tenant(), trimmed);
	}

	/** Takes a device in: a new asset tag, state RECEIVED, the first line of its history. */
	@Transactional
	public Device register(Actor actor, Device.Description description) {
		checkReferences(actor, description);
		Device device = Device.receive(actor.tenant(), devices.nextAssetTag(actor.tenant()), description);
		try {
			devices.insert(device);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new FieldProblem("serial", "device.serial.taken");
			}
			throw refused;
		}
		devices.insertFirstEvent(device, actor, clock.instant());
		audit.record(AuditAction.CREATE, RECORD, device.id(), device.assetTag());
		return device;
	}

	@Transactional(readOnly = true)
	public DeviceDetails details(Actor actor, DeviceId id) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		Device.Description d = device.description();
		Device.Specs s = d.specs();
		String owner = d.ownerPartnerId() == null
				? ""
				: network.partner(actor.tenant(), d.ownerPartnerId()).map(PartnerSummary::name).orElse("");
		String donationLabel = d.donationId() == null
				? ""
				: donations.donation(actor.tenant(), d.donationId())
						.map(donation -> donation.donorName() + " · " + donation.receivedOn()).orElse("");
		List<SanitisationRow> evidence = device.sanitisations().stream()
				.map(e -> new SanitisationRow(e.holderCycle(), e.medium(), e.method().name(), e.technique().name(),
						e.tool(), e.toolVersion(), e.operatorName(), e.performedOn(), e.result().name(), e.verification()))
				.toList();
		// a device on loan only moves through lending (return, loss, gift)
		List<DeviceState> next = device.state() == DeviceState.ON_LOAN
				? List.of()
				: device.nextStates().stream().filter(state -> !DeviceState.LENDING.contains(state)).toList();
		return new DeviceDetails(DeviceRepository.row(device, locationNames(actor)), s.cpu(), s.ramGb(), s.storageType(),
				s.storageGb(), s.screen(), s.batteryHealthPercent(), s.os(), owner,
				d.donationId() == null ? null : d.donationId().value(), donationLabel, d.replacementValueCents(),
				device.holderCycle(), device.sanitisedThisCycle(), device.version(), next,
				devices.events(actor.tenant(), id), evidence);
	}

	/** The device must exist in the actor's digibank, or the request is answered with 404 before anything else. */
	@Transactional(readOnly = true)
	public DeviceId existing(Actor actor, DeviceId id) {
		return devices.find(actor.tenant(), id).map(Device::id).orElseThrow(NotFoundException::new);
	}

	/** Moves a device seen at {@code version} to {@code target}; a stale version or an illegal step is refused. */
	@Transactional
	public Device.Transition transition(Actor actor, DeviceId id, int version, DeviceState target, String reason) {
		return transition(actor, id, version, target, reason, null);
	}

	/** As above, with the collector's reference that a move to RECYCLED needs. */
	@Transactional
	public Device.Transition transition(Actor actor, DeviceId id, int version, DeviceState target, String reason,
			@Nullable String recyclingReference) {
		Device device = devices.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		device.expectVersion(version);
		if (device.state() == DeviceState.ON_LOAN) {
			throw new DeviceRuleBroken(DeviceRuleBroken.BY_LENDING);
		}
		Device.Transition transition = device.moveTo(target, recyclingReference);
		Instant now = clock.instant();
		devices.saveMove(device, transition, reason, actor, now);
		audit.record(AuditAction.CHANGE, RECORD, device.id(), device.assetTag() + ": " + transition.from() + " → "
				+ transition.to() + (transition.recyclingReference() == null ? "" : " (" + transition.recyclingReference() + ")"));
		if (transition.to() == DeviceState.AVAILABLE) {
			events.publishEvent(new DeviceBecameAvailable(device.digibankId(), device.id(), device.description().category(),
					device.description().locationId()));
		}
		return transition;
	}

	/** Records evidence of a sanitisation for the device's current holder cycle. */
	@Transactional
	public Sanitisation recordSanitisation(Actor actor, DeviceId id, String medium, Sanitisation.Method method,
			Sanitisation.Technique technique, String tool, String toolVersion, String operatorName, LocalDate performedOn,
			Sanitisation.Result result, String verification) {
		Device device = devices.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		Sanitisation evidence = device.recordSanitisation(medium, method, technique, tool, toolVersion, operatorName,
				performedOn, result, verification, clock.instant());
		devices.insertSanitisation(device, evidence, actor);
		audit.record(AuditAction.CREATE, "Sanitisation", evidence.id(),
				device.assetTag() + ": " + method + " " + result + " (" + evidence.medium() + ")");
		return evidence;
	}

	void checkReferences(Actor actor, Device.Description description) {
		if (description.locationId() != null && network.location(actor.tenant(), description.locationId()).isEmpty()) {
			throw new FieldProblem("locationId", "device.reference.unknown");
		}
		if (description.ownerPartnerId() != null && network.partner(actor.tenant(), description.ownerPartnerId()).isEmpty()) {
			throw new FieldProblem("ownerPartnerId", "device.reference.unknown");
		}
		if (description.donationId() != null && donations.donation(actor.tenant(), description.donationId()).isEmpty()) {
			throw new FieldProblem("donationId", "device.reference.unknown");
		}
	}

	private Map<UUID, String> locationNames(Actor actor) {
		return network.locations(actor.tenant()).stream()
				.collect(Collectors.toMap(location -> location.id().value(), LocationSummary::name, (a, b) -> a));
	}
}
