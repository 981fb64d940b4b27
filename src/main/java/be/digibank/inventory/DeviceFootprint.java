package be.digibank.inventory;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per kind of device: its typical weight and the greenhouse gas emitted to make a new one, for the donor impact
 * estimate. Weights are rounded typical weights of current models (manufacturers' specification sheets); production
 * emissions are the rounded manufacturing share of manufacturers' product carbon footprints (for example Dell, HP,
 * Lenovo, Apple and Samsung product environmental reports). We assume every reused device replaces the purchase of one
 * new device of its kind, which is an upper estimate; the page states this method.
 */
enum DeviceFootprint {
	;

	record Footprint(double kilograms, double co2Kilograms) {
	}

	static final Map<DeviceCategory, Footprint> BY_CATEGORY = new EnumMap<>(Map.of(DeviceCategory.LAPTOP, new Footprint(2.0, 250),
			DeviceCategory.DESKTOP, new Footprint(8.0, 300), DeviceCategory.TABLET, new Footprint(0.5, 90),
			DeviceCategory.SMARTPHONE, new Footprint(0.2, 55), DeviceCategory.MONITOR, new Footprint(5.0, 200),
			DeviceCategory.MIFI, new Footprint(0.15, 10), DeviceCategory.DATA_SIM, new Footprint(0.01, 0),
			DeviceCategory.ACCESSORY, new Footprint(0.3, 5), DeviceCategory.OTHER, new Footprint(1.0, 20)));

	static Footprint of(DeviceCategory category) {
		return BY_CATEGORY.get(category);
	}
}
