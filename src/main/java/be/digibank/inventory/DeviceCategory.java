package be.digibank.inventory;

/** What kind of device it is. */
public enum DeviceCategory {
	LAPTOP, DESKTOP, TABLET, SMARTPHONE, MONITOR, MIFI, DATA_SIM, ACCESSORY, OTHER
}
