package be.digibank.inventory;

import be.digibank.network.LocationId;
import be.digibank.shared.DigibankId;
import org.jspecify.annotations.Nullable;

/**
 * A device reached AVAILABLE: wiped, refurbished and checked, so it may go out again. Published inside the move's
 * transaction; lending offers it to the next person waiting for this kind of device.
 */
public record DeviceBecameAvailable(DigibankId digibankId, DeviceId deviceId, DeviceCategory category, @Nullable LocationId locationId) {
}
