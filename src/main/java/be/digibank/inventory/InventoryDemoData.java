package be.digibank.inventory;

import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.network.PartnerSummary;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import be.digibank.staff.StaffDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a device bank at work. A company's donation of 15 devices spread over the whole refurbishing line
 * (received, sanitised with evidence, being refurbished, checked, available at the Tongeren and Borgloon help points,
 * one in repair, one recycled), and an earlier donation whose laptops and tablets lending puts on loan and reserves.
 * Asset tags come from the digibank's own counter, as for any received device. Serial numbers start with {@code DEMO-}
 * so the lending demo finds its devices through {@link DeviceLending#byCode}. Written once per database.
 */
@Component
@ConditionalOnBooleanProperty("digibank.demo.enabled")
@Order(20)
class InventoryDemoData implements ApplicationRunner {

	static final String MAIN_DIGIBANK = "DIGbij";
	static final String DONOR = "Haspengouwse Fruitveiling nv";

	/** Where a demo device is; {@code location} is "T" (Tongeren), "B" (Borgloon) or "" (the workshop). */
	record DemoDevice(String serial, DeviceCategory category, String make, String model, String cpu, @Nullable Integer ramGb,
			@Nullable String storageType, @Nullable Integer storageGb, String screen, @Nullable Integer battery, String os, @Nullable String grade,
			Triage triage, DeviceState state, String location, long valueCents) {
	}

	private static final List<DeviceState> LINE = List.of(DeviceState.RECEIVED, DeviceState.SANITISED, DeviceState.REFURBISHING,
			DeviceState.QUALITY_CHECKED, DeviceState.AVAILABLE);

	static final List<DemoDevice> DONATION = List.of(
			laptop("DEMO-FV-01", "Dell", "Latitude 5490", "Intel Core i5-8350U", 8, 256, null, DeviceState.RECEIVED, ""),
			laptop("DEMO-FV-02", "Dell", "Latitude 5490", "Intel Core i5-8350U", 8, 256, null, DeviceState.RECEIVED, ""),
			laptop("DEMO-FV-03", "Lenovo", "ThinkPad T480", "Intel Core i5-8250U", 8, 256, null, DeviceState.SANITISED, ""),
			laptop("DEMO-FV-04", "Lenovo", "ThinkPad T480", "Intel Core i5-8250U", 16, 512, null, DeviceState.SANITISED, ""),
			laptop("DEMO-FV-05", "HP", "EliteBook 840 G5", "Intel Core i5-8250U", 8, 256, "B", DeviceState.REFURBISHING, ""),
			laptop("DEMO-FV-06", "HP", "EliteBook 840 G5", "Intel Core i7-8550U", 16, 512, "A", DeviceState.REFURBISHING, ""),
			laptop("DEMO-FV-07", "Lenovo", "ThinkPad T490", "Intel Core i5-8265U", 16, 256, "A", DeviceState.QUALITY_CHECKED, ""),
			tablet("DEMO-FV-08", "Samsung", "Galaxy Tab A8", 64, "A", DeviceState.AVAILABLE, "T"),
			tablet("DEMO-FV-09", "Samsung", "Galaxy Tab A8", 64, "B", DeviceState.AVAILABLE, "T"),
			tablet("DEMO-FV-10", "Apple", "iPad (9e generatie)", 64, "A", DeviceState.AVAILABLE, "B"),
			new DemoDevice("DEMO-FV-11", DeviceCategory.SMARTPHONE, "Samsung", "Galaxy A52", "", 6, "NONE", 128, "6,5 inch", 88, "Android 14", "B",
					Triage.REUSABLE, DeviceState.AVAILABLE, "B", 9000),
			new DemoDevice("DEMO-FV-12", DeviceCategory.MONITOR, "Philips", "241B", "", null, null, null, "24 inch full hd", null, "", "B",
					Triage.REUSABLE, DeviceState.AVAILABLE, "T", 6000),
			new DemoDevice("DEMO-FV-13", DeviceCategory.SMARTPHONE, "Motorola", "Moto G9", "", 4, "NONE", 64, "6,5 inch", 90, "Android 11", "B",
					Triage.REUSABLE, DeviceState.AVAILABLE, "T", 5000),
			laptop("DEMO-FV-14", "Dell", "Latitude 7400", "Intel Core i5-8365U", 8, 256, "B", DeviceState.IN_REPAIR, "B"),
			new DemoDevice("DEMO-FV-15", DeviceCategory.LAPTOP, "Acer", "Aspire 5", "Intel Core i3-6006U", 4, "HDD", 500, "15,6 inch", 12, "", null,
					Triage.E_WASTE, DeviceState.RECYCLED, "", 0));

	/**
	 * The earlier donation: what the lending demo lends (laptops, two tablets) and reserves (a class set of five tablets).
	 */
	static final List<DemoDevice> EARLIER = List.of(laptop("DEMO-ST-01", "Lenovo", "ThinkPad L480", "Intel Core i5-8250U", 8, 256, "B",
			DeviceState.AVAILABLE, "T"),
			laptop("DEMO-ST-02", "Lenovo", "ThinkPad L480", "Intel Core i5-8250U", 8, 256, "A", DeviceState.AVAILABLE, "T"),
			laptop("DEMO-ST-03", "Dell", "Latitude 5480", "Intel Core i5-7300U", 8, 256, "B", DeviceState.AVAILABLE, "B"),
			laptop("DEMO-ST-04", "HP", "ProBook 450 G5", "Intel Core i5-8250U", 8, 256, "B", DeviceState.AVAILABLE, "T"),
			laptop("DEMO-ST-05", "HP", "ProBook 450 G5", "Intel Core i5-8250U", 8, 256, "C", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-06", "Samsung", "Galaxy Tab A7", 32, "B", DeviceState.AVAILABLE, "T"),
			tablet("DEMO-ST-07", "Samsung", "Galaxy Tab A7", 32, "B", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-11", "Lenovo", "Tab M10", 32, "A", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-12", "Lenovo", "Tab M10", 32, "A", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-13", "Lenovo", "Tab M10", 32, "A", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-14", "Lenovo", "Tab M10", 32, "B", DeviceState.AVAILABLE, "B"),
			tablet("DEMO-ST-15", "Lenovo", "Tab M10", 32, "B", DeviceState.AVAILABLE, "B"));

	private static DemoDevice laptop(String serial, String make, String model, String cpu, int ram, int storage, @Nullable String grade,
			DeviceState state, String location) {
		boolean installed = LINE.indexOf(state) >= LINE.indexOf(DeviceState.REFURBISHING) || state == DeviceState.IN_REPAIR;
		return new DemoDevice(serial, DeviceCategory.LAPTOP, make, model, cpu, ram, "SSD", storage, "14 inch", 70 + serial.length() % 3 * 9,
				installed ? "Linux Mint 22" : "", grade, Triage.REUSABLE, state, location, 25000);
	}

	private static DemoDevice tablet(String serial, String make, String model, int storage, String grade, DeviceState state, String location) {
		return new DemoDevice(serial, DeviceCategory.TABLET, make, model, "", 3, "EMMC", storage, "10,5 inch", 85, "Android 13", grade,
				Triage.REUSABLE,
				state, location, 15000);
	}

	private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

	private final Network network;
	private final StaffDirectory staff;
	private final DeviceRepository devices;
	private final JdbcClient jdbc;
	private final Clock clock;

	InventoryDemoData(Network network, StaffDirectory staff, DeviceRepository devices, JdbcClient jdbc, Clock clock) {
		this.network = network;
		this.staff = staff;
		this.devices = devices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		network.digibankNamed(MAIN_DIGIBANK).ifPresent(digbij -> {
			boolean seeded = jdbc.sql("select exists (select 1 from inventory.donor where digibank_id = ?)").param(digbij.id().value())
					.query(Boolean.class).single();
			if (!seeded) {
				seed(digbij.id());
				log.info("Demo: {} devices in {}", DONATION.size() + EARLIER.size(), MAIN_DIGIBANK);
			}
		});
	}

	private void seed(DigibankId digbij) {
		StaffAccountId technician = staff.accountWithEmail("technician@digbij.example").orElseThrow();
		String technicianName = staff.displayName(technician).orElse("");
		List<LocationSummary> locations = network.locations(digbij);
		List<PartnerSummary> partners = network.partners(digbij);
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);

		UUID company = donor(digbij, "COMPANY", DONOR, "Hilde Janssen", "ict@fruitveiling.example", "012 00 00 20", true);
		UUID donation = donation(digbij, company, today.minusDays(21), 15, "Kringloop Haspengouw, Sint-Truidersteenweg",
				"Opgehaald met de bestelwagen van de kringloop; doos verzegeld tot de registratie. Overdrachtsbon ondertekend door H. Janssen.");
		UUID city = donor(digbij, "PUBLIC_BODY", "Stad Tongeren – dienst ICT", "Bart Moors", "ict@tongeren.example", "012 00 00 30", true);
		UUID earlier = donation(digbij, city, today.minusMonths(5), 12, "Stadhuis Tongeren",
				"Afgeschreven schoollaptops en tablets, in één levering.");

		for (DemoDevice device : DONATION) {
			insert(digbij, donation, device, locations, partners, technician, technicianName, now.minus(Duration.ofDays(21)));
		}
		for (DemoDevice device : EARLIER) {
			insert(digbij, earlier, device, locations, partners, technician, technicianName, now.minus(Duration.ofDays(150)));
		}
	}

	private UUID donor(DigibankId digibank, String kind, String name, String contact, String email, String phone, boolean thanks) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into inventory.donor (id, digibank_id, kind, name, contact_name, contact_email, contact_phone, thanks_consent)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, digibank.value(), kind, name, contact, email, phone, thanks).update();
		return id;
	}

	private UUID donation(DigibankId digibank, UUID donor, LocalDate receivedOn, int count, String collectionPoint, String custodyNote) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into inventory.donation (id, digibank_id, donor_id, received_on, count_announced, count_received, collection_point, custody_note)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(id, digibank.value(), donor, receivedOn, count, count, collectionPoint, custodyNote).update();
		return id;
	}

	private void insert(DigibankId digibank, UUID donation, DemoDevice device, List<LocationSummary> locations, List<PartnerSummary> partners,
			StaffAccountId technician, String technicianName, Instant receivedAt) {
		UUID id = UUID.randomUUID();
		@Nullable
		LocationSummary location = switch (device.location()) {
			case "T" -> locations.stream().filter(l -> l.postcode().equals("3700")).findFirst().orElse(null);
			case "B" -> locations.stream().filter(l -> l.postcode().equals("3840")).findFirst().orElse(null);
			default -> null;
		};
		@Nullable
		UUID owner = location != null
				? location.partnerId().value()
				: partners.stream().filter(p -> p.name().startsWith("Kringloop")).map(p -> p.id().value()).findFirst().orElse(null);
		boolean inRepair = device.state() == DeviceState.IN_REPAIR;
		jdbc.sql(
				"""
						insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, cpu, ram_gb, storage_type, storage_gb, screen,
						                              battery_health_percent, os, condition_grade, triage, location_id, owner_partner_id, donation_id,
						                              replacement_value_cents, state, state_before_repair, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(id, digibank.value(), devices.nextAssetTag(digibank), device.category().name(), device.make(), device.model(),
						device.serial(),
						device.cpu(), device.ramGb(), device.storageType(), device.storageGb(), device.screen(), device.battery(), device.os(),
						device.grade(),
						device.triage().name(), location == null ? null : location.id().value(), owner, donation, device.valueCents(),
						device.state().name(),
						inRepair ? DeviceState.AVAILABLE.name() : null, Timestamp.from(receivedAt))
				.update();

		// The history a technician would have produced: each step of the refurbishing line up to where the device is now.
		List<DeviceState> path = switch (device.state()) {
			case IN_REPAIR -> List.of(DeviceState.RECEIVED, DeviceState.SANITISED, DeviceState.REFURBISHING, DeviceState.QUALITY_CHECKED,
					DeviceState.AVAILABLE, DeviceState.IN_REPAIR);
			case RECYCLED -> List.of(DeviceState.RECEIVED, DeviceState.RECYCLED);
			default -> LINE.subList(0, LINE.indexOf(device.state()) + 1);
		};
		Instant at = receivedAt;
		@Nullable
		DeviceState from = null;
		for (DeviceState to : path) {
			String reason = to == DeviceState.IN_REPAIR
					? "Scharnier van het scherm gebroken; nieuw scharnier besteld."
					: to == DeviceState.RECYCLED ? "Harde schijf defect en moederbord gecorrodeerd: afgevoerd via Recupel." : "";
			jdbc.sql("""
					insert into inventory.device_event (id, digibank_id, device_id, from_state, to_state, reason, recycling_reference, actor_id,
					       actor_name, occurred_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(UUID.randomUUID(), digibank.value(), id, from == null ? null : from.name(), to.name(), reason,
					to == DeviceState.RECYCLED ? "RCP-2026-118" : null, technician.value(), technicianName, Timestamp.from(at)).update();
			if (to == DeviceState.SANITISED) {
				sanitisation(digibank, id, device, technician, technicianName, at);
			}
			from = to;
			at = at.plus(Duration.ofDays(2));
		}
		// in its state since the last step of that history (the application's moves set it in their own update)
		jdbc.sql("update inventory.device set state_since = ? where id = ?").params(Timestamp.from(at.minus(Duration.ofDays(2))), id).update();
	}

	private void sanitisation(DigibankId digibank, UUID device, DemoDevice demo, StaffAccountId technician, String technicianName, Instant at) {
		boolean flash = "EMMC".equals(demo.storageType()) || "NONE".equals(demo.storageType());
		jdbc.sql(
				"""
						insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, tool_version, operator_name,
						                                    operator_id, performed_on, result, verification, recorded_at)
						values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'PASSED', ?, ?)
						""")
				.params(UUID.randomUUID(), digibank.value(), device, flash
						? "Intern flashgeheugen " + demo.storageGb() + " GB"
						: demo.storageType() + " " + demo.storageGb() + " GB", "PURGE", flash ? "FACTORY_RESET" : "SANITIZE_COMMAND",
						flash ? "Fabrieksinstellingen met versleuteling" : "ShredOS / nwipe", flash ? "" : "2024.11", technicianName,
						technician.value(),
						LocalDate.ofInstant(at, clock.getZone()), flash
								? "Toestel start met welkomstscherm; geen accounts meer aanwezig."
								: "Steekproef van 1000 sectoren gelezen: alleen nullen.",
						Timestamp.from(at))
				.update();
	}
}
