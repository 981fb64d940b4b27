package be.digibank.inventory;

import java.util.EnumSet;
import java.util.Set;

/** Where a device is in its life. Which moves are legal is decided by {@link Device}. */
public enum DeviceState {
	RECEIVED, SANITISED, REFURBISHING, QUALITY_CHECKED, AVAILABLE, RESERVED, ON_LOAN, RETURNED, IN_REPAIR, RETIRED, RECYCLED, GIVEN_AWAY, SOLD_FOR_PARTS;

	/** States that lending moves a device into; the device pages never offer them. */
	static final Set<DeviceState> LENDING = EnumSet.of(RESERVED, ON_LOAN, RETURNED);

	/** The end of a device's life with us: nothing follows. */
	boolean isFinal() {
		return this == RECYCLED || this == GIVEN_AWAY || this == SOLD_FOR_PARTS;
	}
}
