package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.WorkshopViews.StocktakeDevice;
import be.digibank.inventory.WorkshopViews.StocktakeReport;
import be.digibank.inventory.WorkshopViews.StocktakeRow;
import be.digibank.network.LocationId;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.ConflictException;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stocktakes of a location: what should be there is fixed when the count starts; every scan is kept; the report shows
 * what was found, what is missing, what belongs elsewhere and which codes are unknown.
 */
@Service
class StocktakeAdministration {

	static final String RECORD = "Stocktake";

	/** What one scan turned out to be. */
	enum ScanOutcome {
		FOUND, MISPLACED, ALREADY_SCANNED, UNKNOWN
	}

	record Scan(ScanOutcome outcome, String code) {
	}

	private final StocktakeRepository stocktakes;
	private final DeviceRepository devices;
	private final Network network;
	private final AuditTrail audit;
	private final Clock clock;

	StocktakeAdministration(StocktakeRepository stocktakes, DeviceRepository devices, Network network, AuditTrail audit, Clock clock) {
		this.stocktakes = stocktakes;
		this.devices = devices;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StocktakeRow> list(Actor actor) {
		return stocktakes.list(actor.tenant(), locationNames(actor));
	}

	@Transactional(readOnly = true)
	public List<LocationSummary> locations(Actor actor) {
		return network.locations(actor.tenant());
	}

	/** Starts a stocktake of a location of the actor's digibank, or answers the one already open there. */
	@Transactional
	public UUID start(Actor actor, LocationId location) {
		if (network.location(actor.tenant(), location).isEmpty()) {
			throw new FieldProblem("locationId", "device.reference.unknown");
		}
		Optional<UUID> open = stocktakes.openAt(actor.tenant(), location);
		UUID id = stocktakes.start(actor.tenant(), location, actor, clock.instant());
		if (open.isEmpty()) {
			audit.record(AuditAction.CREATE, RECORD, id, "location " + location);
		}
		return id;
	}

	/** The stocktake must be one of the actor's digibank, or the request is answered with 404 before anything else. */
	@Transactional(readOnly = true)
	public void existing(Actor actor, UUID id) {
		stocktakes.find(actor.tenant(), id, Map.of()).orElseThrow(NotFoundException::new);
	}

	/** Records a scanned code; a device already scanned in this stocktake is recorded but counted once. */
	@Transactional
	public Scan scan(Actor actor, UUID id, String code) {
		StocktakeRepository.Locked stocktake = stocktakes.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!stocktake.open()) {
			throw new FieldProblem("code", "inventory.stocktake.closed");
		}
		String typed = code.strip();
		Optional<DeviceId> device = typed.isEmpty() || typed.length() > 100 ? Optional.empty() : devices.findByTagOrSerial(actor.tenant(), typed);
		boolean first = stocktakes.recordScan(actor.tenant(), id, typed, device.orElse(null), actor, clock.instant());
		if (device.isEmpty()) {
			return new Scan(ScanOutcome.UNKNOWN, typed);
		}
		String tag = devices.find(actor.tenant(), device.get()).map(Device::assetTag).orElse(typed);
		if (!first) {
			return new Scan(ScanOutcome.ALREADY_SCANNED, tag);
		}
		return new Scan(stocktakes.expected(id, device.get()) ? ScanOutcome.FOUND : ScanOutcome.MISPLACED, tag);
	}

	@Transactional(readOnly = true)
	public StocktakeReport report(Actor actor, UUID id) {
		Map<UUID, String> names = locationNames(actor);
		StocktakeRow row = stocktakes.find(actor.tenant(), id, names).orElseThrow(NotFoundException::new);
		int version = stocktakes.version(actor.tenant(), id);
		return new StocktakeReport(row, stocktakes.found(id, names), stocktakes.missing(id, names), stocktakes.misplaced(id, names),
				stocktakes.unknownCodes(id), stocktakes.scans(id), version);
	}

	/** Closes a stocktake seen at {@code version}; optionally the misplaced devices are put at this location. */
	@Transactional
	public int close(Actor actor, UUID id, int version, boolean moveMisplaced) {
		StocktakeRepository.Locked stocktake = stocktakes.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!stocktake.open() || stocktake.version() != version) {
			throw new ConflictException("error.409.concurrent");
		}
		List<StocktakeDevice> misplaced = moveMisplaced ? stocktakes.misplaced(id, Map.of()) : List.of();
		int moved = stocktakes.moveTo(actor.tenant(), stocktake.location(), misplaced.stream().map(StocktakeDevice::deviceId).toList());
		Instant now = clock.instant();
		stocktakes.close(actor.tenant(), id, actor, now, moved);
		for (StocktakeDevice device : misplaced) {
			audit.record(AuditAction.CHANGE, DeviceAdministration.RECORD, device.deviceId(),
					device.assetTag() + ": location → " + stocktake.location() + " (stocktake)");
		}
		audit.record(AuditAction.CHANGE, RECORD, id, "closed, moved " + moved);
		return moved;
	}

	private Map<UUID, String> locationNames(Actor actor) {
		return network.locations(actor.tenant()).stream()
				.collect(Collectors.toMap(location -> location.id().value(), LocationSummary::name, (a, b) -> a));
	}
}
