package be.digibank.inventory;

import be.digibank.inventory.InventoryViews.DonationDetails;
import be.digibank.inventory.InventoryViews.DonationRow;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.ApiErrors.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Donations, device moves and CSV intake as JSON, with the same rules and permissions as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inventory", description = "Devices of your digibank's device bank")
class DonationApi {

	/**
	 * A move of a device, with the version the caller saw; a stale version answers 409. A move to RECYCLED needs the
	 * collector's reference (Recupel pick-up or container, at most 100 characters).
	 */
	record TransitionRequest(@Nullable String target, @Nullable Integer version, @Nullable String reason,
			@Nullable String recyclingReference) {
	}

	/** The device after a move. */
	record TransitionDone(DeviceState from, DeviceState to, int version, @Nullable String recyclingReference) {
	}

	private final DonationAdministration donations;
	private final DeviceAdministration devices;
	private final DeviceImport imports;
	private final InventoryLabels labels;

	DonationApi(DonationAdministration donations, DeviceAdministration devices, DeviceImport imports, InventoryLabels labels) {
		this.donations = donations;
		this.devices = devices;
		this.imports = imports;
		this.labels = labels;
	}

	@GetMapping("/donations")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	@Operation(summary = "The donations of your digibank, newest first")
	public List<DonationRow> donations() {
		return donations.list(CurrentActor.get());
	}

	@GetMapping("/donations/{donationId}")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	@Operation(summary = "One donation with its donor and devices")
	public DonationDetails donation(@PathVariable String donationId) {
		return donations.details(CurrentActor.get(), DonationId.parse(donationId).orElseThrow(NotFoundException::new));
	}

	@PostMapping("/devices/{deviceId}/transitions")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	@Operation(summary = "Move a device to another state; 409 when the version is stale or the move is not allowed")
	public ResponseEntity<?> transition(@PathVariable String deviceId,
			@RequestBody(required = false) @Nullable TransitionRequest request) {
		Actor actor = CurrentActor.get();
		// another digibank's device is not found, whatever the body says
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		if (request == null || request.target() == null || request.target().isBlank() || request.version() == null) {
			return ResponseEntity.badRequest().body(new ApiError(400, "target and version are required", Map.of()));
		}
		DeviceState target = DeviceController.parse(DeviceState.class, request.target());
		if (target == null) {
			throw new DeviceRuleBroken(DeviceRuleBroken.ILLEGAL_TRANSITION);
		}
		if (DeviceState.LENDING.contains(target)) {
			throw new DeviceRuleBroken(DeviceRuleBroken.BY_LENDING);
		}
		Device.Transition done = devices.transition(actor, id, request.version(), target,
				request.reason() == null ? "" : request.reason().strip(), request.recyclingReference());
		return ResponseEntity.ok(new TransitionDone(done.from(), done.to(), request.version() + 1, done.recyclingReference()));
	}

	@PostMapping("/donations/{donationId}/devices")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	@Operation(summary = "Import the devices of a donation from CSV (the columns of the import page); all or nothing")
	public ResponseEntity<?> importDevices(@PathVariable String donationId, @RequestBody(required = false) @Nullable String csv,
			Locale locale) {
		DonationId donation = DonationId.parse(donationId).orElseThrow(NotFoundException::new);
		if (csv == null) {
			csv = "";
		}
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(imports.importDevices(CurrentActor.get(), donation, null, csv));
		} catch (ImportRefused refused) {
			Map<String, String> problems = new LinkedHashMap<>();
			for (EvidenceViews.ProblemRow row : DeviceImportController.rows(refused, labels, locale)) {
				problems.merge("row " + row.row() + (row.column().isEmpty() ? "" : " " + row.column()), row.message(),
						(a, b) -> a + " " + b);
			}
			return ResponseEntity.unprocessableContent().body(new ApiError(422, "import refused", problems));
		}
	}
}
