package be.digibank.inventory;

import be.digibank.inventory.InventoryViews.DeviceDetails;
import be.digibank.inventory.InventoryViews.DeviceRow;
import be.digibank.network.LocationId;
import be.digibank.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Devices of the caller's digibank as JSON, with the same permissions as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inventory", description = "Devices of your digibank's device bank")
class InventoryApi {

	private final DeviceAdministration devices;

	InventoryApi(DeviceAdministration devices) {
		this.devices = devices;
	}

	@GetMapping("/devices")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	@Operation(summary = "List the devices of your digibank in asset-tag order, 100 at a time, optionally filtered by state, category and location; pass the last tag as 'after' for the next page")
	public List<DeviceRow> devices(@RequestParam(defaultValue = "") String state,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String location,
			@RequestParam(defaultValue = "") String after) {
		return devices.overview(CurrentActor.get(), DeviceController.parse(DeviceState.class, state),
				DeviceController.parse(DeviceCategory.class, category), LocationId.parse(location).orElse(null),
				after.isBlank() ? null : after.strip()).devices();
	}

	@GetMapping("/devices/{deviceId}")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	@Operation(summary = "One device with its specifications, history and sanitisation evidence")
	public DeviceDetails device(@PathVariable String deviceId) {
		return devices.details(CurrentActor.get(), DeviceController.id(deviceId));
	}
}
