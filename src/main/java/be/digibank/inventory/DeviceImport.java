package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.ImportRefused.Problem;
import be.digibank.network.LocationId;
import be.digibank.network.Network;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of a donation's devices from a CSV file. Every row is checked first; one bad row refuses the whole file with a
 * report per row, otherwise all devices are inserted in one transaction with batch inserts and a block of asset tags.
 */
@Service
class DeviceImport {

	/** The columns a file may have, each with the names accepted in English and Dutch (lower case, _ for spaces). */
	enum Column {
		CATEGORY("category", "categorie", "soort"), MAKE("make", "merk", "brand"), MODEL("model", "type"), SERIAL("serial", "serienummer",
				"serial_number", "imei"), CPU("cpu", "processor"), RAM_GB("ram_gb", "ram", "geheugen_gb", "werkgeheugen_gb"), STORAGE_TYPE(
						"storage_type", "opslagtype",
						"soort_opslag"), STORAGE_GB("storage_gb", "opslag_gb"), SCREEN("screen", "scherm"), BATTERY_HEALTH("battery_health",
								"batterij", "batterijgezondheid", "battery_health_percent"), OS("os", "besturingssysteem"), GRADE("grade", "graad",
										"conditie"), VALUE("value", "waarde", "vervangwaarde", "replacement_value"), TRIAGE("triage", "beoordeling");

		final List<String> names;

		Column(String... names) {
			this.names = List.of(names);
		}

		static Optional<Column> named(String header) {
			String name = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			for (Column column : values()) {
				if (column.names.contains(name)) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}
	}

	/** Columns without which a file is refused: what the device is, and the triage verdict on intake (OVAM). */
	static final List<Column> REQUIRED = List.of(Column.CATEGORY, Column.TRIAGE);
	static final int MOST_ROWS = 5000;

	/** Category names as people write them in both languages, mapped to the category. */
	static final Map<String, DeviceCategory> CATEGORY_WORDS = Map.ofEntries(Map.entry("laptop", DeviceCategory.LAPTOP),
			Map.entry("notebook", DeviceCategory.LAPTOP), Map.entry("desktop", DeviceCategory.DESKTOP),
			Map.entry("pc", DeviceCategory.DESKTOP), Map.entry("tablet", DeviceCategory.TABLET),
			Map.entry("smartphone", DeviceCategory.SMARTPHONE), Map.entry("gsm", DeviceCategory.SMARTPHONE),
			Map.entry("monitor", DeviceCategory.MONITOR), Map.entry("scherm", DeviceCategory.MONITOR),
			Map.entry("mifi", DeviceCategory.MIFI), Map.entry("data_sim", DeviceCategory.DATA_SIM),
			Map.entry("sim", DeviceCategory.DATA_SIM), Map.entry("simkaart", DeviceCategory.DATA_SIM),
			Map.entry("accessory", DeviceCategory.ACCESSORY), Map.entry("accessoire", DeviceCategory.ACCESSORY),
			Map.entry("other", DeviceCategory.OTHER), Map.entry("ander", DeviceCategory.OTHER),
			Map.entry("andere", DeviceCategory.OTHER), Map.entry("overig", DeviceCategory.OTHER));

	static final Map<String, Triage> TRIAGE_WORDS = Map.ofEntries(Map.entry("reusable", Triage.REUSABLE),
			Map.entry("herbruikbaar", Triage.REUSABLE), Map.entry("parts_only", Triage.PARTS_ONLY),
			Map.entry("parts", Triage.PARTS_ONLY), Map.entry("onderdelen", Triage.PARTS_ONLY),
			Map.entry("e_waste", Triage.E_WASTE), Map.entry("ewaste", Triage.E_WASTE), Map.entry("afval", Triage.E_WASTE));

	/** What was imported: how many devices and their first and last asset tag. */
	record Imported(int count, String firstTag, String lastTag) {
	}

	private final DeviceIntakeRepository intake;
	private final DonationRepository donations;
	private final Network network;
	private final AuditTrail audit;
	private final Clock clock;

	DeviceImport(DeviceIntakeRepository intake, DonationRepository donations, Network network, AuditTrail audit, Clock clock) {
		this.intake = intake;
		this.donations = donations;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
	}

	/** Imports all devices of the file into the donation, at the location if one is given, or refuses the file. */
	@Transactional
	public Imported importDevices(Actor actor, DonationId donation, @Nullable LocationId location, String csv) {
		if (donations.donation(actor.tenant(), donation).isEmpty()) {
			throw new NotFoundException();
		}
		if (location != null && network.location(actor.tenant(), location).isEmpty()) {
			throw new FieldProblem("locationId", "device.reference.unknown");
		}
		List<Device.Description> descriptions = read(actor, donation, location, csv);
		long first = intake.reserveAssetTags(actor.tenant(), descriptions.size());
		List<Device> devices = new ArrayList<>(descriptions.size());
		for (int i = 0; i < descriptions.size(); i++) {
			devices.add(Device.receive(actor.tenant(), Device.assetTag(first + i), descriptions.get(i)));
		}
		try {
			intake.insertAll(devices, actor, clock.instant());
		} catch (DataIntegrityViolationException refused) {
			// Another intake took one of the serials after our check: the whole file is undone.
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new ImportRefused(List.of(Problem.of(1, "serial", "inventory.import.serial.takenMeanwhile")));
			}
			throw refused;
		}
		String firstTag = devices.getFirst().assetTag();
		String lastTag = devices.getLast().assetTag();
		audit.record(AuditAction.CREATE, "Donation", donation,
				"CSV: " + devices.size() + " devices " + firstTag + " – " + lastTag);
		return new Imported(devices.size(), firstTag, lastTag);
	}

	/** Checks every row and turns the file into device descriptions, or refuses it with all problems found. */
	List<Device.Description> read(Actor actor, DonationId donation, @Nullable LocationId location, String csv) {
		CsvTable table = CsvTable.parseOrRefuse(csv);
		List<Problem> problems = new ArrayList<>();
		Map<Column, Integer> positions = table.columns(Column::named, REQUIRED, column -> column.names.getFirst(), problems);
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		if (table.rows().isEmpty()) {
			throw new ImportRefused(List.of(Problem.of(1, "", "inventory.import.noRows")));
		}
		if (table.rows().size() > MOST_ROWS) {
			throw new ImportRefused(List.of(Problem.of(1, "", "inventory.import.tooManyRows", MOST_ROWS)));
		}
		List<Device.Description> descriptions = new ArrayList<>(table.rows().size());
		Map<String, Integer> serialRows = new HashMap<>();
		Map<String, Integer> serialsToCheck = new LinkedHashMap<>();
		for (CsvTable.Row row : table.rows()) {
			RowReader reader = new RowReader(row, table.header(), positions, problems);
			if (row.fields().size() != table.header().size()) {
				problems.add(Problem.of(row.number(), "", "inventory.import.fieldCount", row.fields().size(), table.header().size()));
				continue;
			}
			Device.Description description = reader.description(location, donation);
			String serial = reader.serial();
			if (!serial.isEmpty()) {
				Integer earlier = serialRows.putIfAbsent(serial.toLowerCase(Locale.ROOT), row.number());
				if (earlier != null) {
					problems.add(Problem.of(row.number(), reader.header(Column.SERIAL), "inventory.import.serial.twiceInFile", serial,
							earlier));
				} else {
					serialsToCheck.put(serial, row.number());
				}
			}
			if (description != null) {
				descriptions.add(description);
			}
		}
		for (String taken : intake.serialsTaken(actor.tenant(), serialsToCheck.keySet())) {
			serialsToCheck.entrySet().stream().filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(taken)).findFirst()
					.ifPresent(entry -> problems.add(Problem.of(entry.getValue(), Column.SERIAL.names.getFirst(),
							"inventory.import.serial.taken", entry.getKey())));
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(Problem::row));
			throw new ImportRefused(problems);
		}
		return descriptions;
	}

	/** Reads the fields of one row, adding a problem for every field that is not right. */
	private static final class RowReader {

		private final CsvTable.Row row;
		private final List<String> header;
		private final Map<Column, Integer> positions;
		private final List<Problem> problems;
		private boolean valid = true;

		RowReader(CsvTable.Row row, List<String> header, Map<Column, Integer> positions, List<Problem> problems) {
			this.row = row;
			this.header = header;
			this.positions = positions;
			this.problems = problems;
		}

		Device.@Nullable Description description(@Nullable LocationId location, DonationId donation) {
			DeviceCategory category = word(Column.CATEGORY, CATEGORY_WORDS, "inventory.import.category.unknown");
			Triage triage = word(Column.TRIAGE, TRIAGE_WORDS, "inventory.import.triage.unknown");
			String make = text(Column.MAKE, 100);
			String model = text(Column.MODEL, 100);
			String serial = text(Column.SERIAL, 100);
			String cpu = text(Column.CPU, 100);
			Integer ram = number(Column.RAM_GB, 1024);
			String storageType = choice(Column.STORAGE_TYPE, List.of("HDD", "SSD", "NVME", "EMMC", "NONE"),
					"inventory.import.storageType.unknown");
			Integer storage = number(Column.STORAGE_GB, 100000);
			String screen = text(Column.SCREEN, 100);
			Integer battery = number(Column.BATTERY_HEALTH, 100);
			String os = text(Column.OS, 100);
			String grade = choice(Column.GRADE, List.of("A", "B", "C"), "inventory.import.grade.unknown");
			long value = euros(Column.VALUE);
			if (!valid || category == null || triage == null) {
				return null;
			}
			return new Device.Description(category, make, model, serial,
					new Device.Specs(cpu, ram, storageType, storage, screen, battery, os), grade, triage, location, null, donation,
					value);
		}

		/**
		 * The serial as written, checked against the rest of the file and the digibank even when the row has other problems.
		 */
		String serial() {
			return raw(Column.SERIAL);
		}

		String header(Column column) {
			Integer position = positions.get(column);
			return position == null ? column.names.getFirst() : header.get(position);
		}

		private String raw(Column column) {
			Integer position = positions.get(column);
			return position == null ? "" : row.fields().get(position).strip();
		}

		private void problem(Column column, String key, Object... arguments) {
			problems.add(Problem.of(row.number(), header(column), key, arguments));
			valid = false;
		}

		private String text(Column column, int most) {
			String value = raw(column);
			if (value.length() > most) {
				problem(column, "inventory.import.tooLong", most);
			}
			return value;
		}

		private <T> @Nullable T word(Column column, Map<String, T> words, String unknown) {
			String value = raw(column);
			if (value.isEmpty()) {
				problem(column, "inventory.import.required");
				return null;
			}
			T found = words.get(value.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			if (found == null) {
				problem(column, unknown, value);
			}
			return found;
		}

		private @Nullable String choice(Column column, List<String> allowed, String unknown) {
			String value = raw(column).toUpperCase(Locale.ROOT);
			if (value.isEmpty()) {
				return null;
			}
			if (!allowed.contains(value)) {
				problem(column, unknown, raw(column));
				return null;
			}
			return value;
		}

		private @Nullable Integer number(Column column, int most) {
			String value = raw(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				long number = Long.parseLong(value);
				if (number < 0) {
					problem(column, "inventory.import.number.negative", value);
				} else if (number > most) {
					problem(column, "inventory.import.number.tooLarge", value, most);
				} else {
					return (int) number;
				}
			} catch (NumberFormatException unreadable) {
				problem(column, "inventory.import.number.invalid", value);
			}
			return null;
		}

		private long euros(Column column) {
			String value = raw(column).replace("€", "").strip();
			if (value.isEmpty()) {
				return 0;
			}
			try {
				BigDecimal euros = new BigDecimal(value.replace(',', '.'));
				if (euros.signum() < 0) {
					problem(column, "inventory.import.number.negative", value);
				} else if (euros.scale() > 2 || euros.compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
					problem(column, "inventory.import.value.invalid", value);
				} else {
					return euros.movePointRight(2).longValueExact();
				}
			} catch (NumberFormatException | ArithmeticException unreadable) {
				problem(column, "inventory.import.value.invalid", value);
			}
			return 0;
		}
	}
}
