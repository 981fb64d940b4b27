package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.EvidenceViews.ChoosableDevice;
import be.digibank.inventory.ImportRefused.Problem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sanitisation evidence for many devices at once: one record typed for a batch of a donation's devices, or the results
 * of a wiping tool read from its CSV export and matched by serial. Each record belongs to the device's current holder
 * cycle (the device decides, see {@link Device#recordSanitisation}); one refused device or row refuses all of them.
 */
@Service
class WipeEvidence {

	/** The columns of a wiping tool's export, with the names accepted in English and Dutch. */
	enum Column {
		SERIAL("serial", "serienummer", "serial_number", "imei"), MEDIUM("medium", "drager", "disk", "schijf"), METHOD("method", "methode",
				"nist_method"), TECHNIQUE("technique", "techniek"), TOOL("tool", "programma", "software"), TOOL_VERSION("tool_version", "versie",
						"version"), OPERATOR("operator", "uitvoerder", "technician", "technieker"), DATE("date", "datum",
								"performed_on"), RESULT("result", "resultaat", "status"), VERIFICATION("verification", "verificatie", "controle");

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

	static final List<Column> REQUIRED = List.of(Column.SERIAL, Column.MEDIUM, Column.METHOD, Column.TECHNIQUE, Column.TOOL,
			Column.OPERATOR, Column.DATE, Column.RESULT);
	static final int MOST_ROWS = 5000;

	/** Words wiping tools and people use for the techniques, mapped to ours. */
	static final Map<String, Sanitisation.Technique> TECHNIQUE_WORDS = Map.ofEntries(
			Map.entry("overwrite", Sanitisation.Technique.OVERWRITE), Map.entry("overschrijven", Sanitisation.Technique.OVERWRITE),
			Map.entry("block_erase", Sanitisation.Technique.BLOCK_ERASE),
			Map.entry("crypto_erase", Sanitisation.Technique.CRYPTO_ERASE),
			Map.entry("cryptographic_erase", Sanitisation.Technique.CRYPTO_ERASE),
			Map.entry("sanitize_command", Sanitisation.Technique.SANITIZE_COMMAND),
			Map.entry("sanitize", Sanitisation.Technique.SANITIZE_COMMAND),
			Map.entry("nvme_sanitize", Sanitisation.Technique.SANITIZE_COMMAND),
			Map.entry("ata_sanitize", Sanitisation.Technique.SANITIZE_COMMAND),
			Map.entry("secure_erase", Sanitisation.Technique.SANITIZE_COMMAND),
			Map.entry("factory_reset", Sanitisation.Technique.FACTORY_RESET),
			Map.entry("fabrieksinstellingen", Sanitisation.Technique.FACTORY_RESET),
			Map.entry("physical_destruction", Sanitisation.Technique.PHYSICAL_DESTRUCTION),
			Map.entry("destruction", Sanitisation.Technique.PHYSICAL_DESTRUCTION),
			Map.entry("shred", Sanitisation.Technique.PHYSICAL_DESTRUCTION),
			Map.entry("vernietiging", Sanitisation.Technique.PHYSICAL_DESTRUCTION));

	static final Map<String, Sanitisation.Result> RESULT_WORDS = Map.ofEntries(
			Map.entry("passed", Sanitisation.Result.PASSED), Map.entry("pass", Sanitisation.Result.PASSED),
			Map.entry("success", Sanitisation.Result.PASSED), Map.entry("ok", Sanitisation.Result.PASSED),
			Map.entry("geslaagd", Sanitisation.Result.PASSED), Map.entry("failed", Sanitisation.Result.FAILED),
			Map.entry("fail", Sanitisation.Result.FAILED), Map.entry("error", Sanitisation.Result.FAILED),
			Map.entry("mislukt", Sanitisation.Result.FAILED));

	static final Map<String, Sanitisation.Method> METHOD_WORDS = Map.of("clear", Sanitisation.Method.CLEAR, "purge",
			Sanitisation.Method.PURGE, "destroy", Sanitisation.Method.DESTROY, "wissen", Sanitisation.Method.CLEAR, "zuiveren",
			Sanitisation.Method.PURGE, "vernietigen", Sanitisation.Method.DESTROY);

	private final DeviceRepository devices;
	private final DonationRepository donations;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	WipeEvidence(DeviceRepository devices, DonationRepository donations, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.devices = devices;
		this.donations = donations;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The devices of a donation, to choose some of them. */
	@Transactional(readOnly = true)
	public List<ChoosableDevice> devicesOf(Actor actor, DonationId donation) {
		if (donations.donation(actor.tenant(), donation).isEmpty()) {
			throw new NotFoundException();
		}
		return jdbc.sql("""
				select d.id, d.asset_tag, d.make, d.model, coalesce(d.serial, '') as serial, d.state,
				       exists (select 1 from inventory.sanitisation s where s.device_id = d.id and s.holder_cycle = d.holder_cycle
				                  and s.result = 'PASSED') as wiped
				  from inventory.device d where d.digibank_id = ? and d.donation_id = ? order by d.asset_tag limit 2000
				""").param(actor.tenant().value()).param(donation.value())
				.query((rs, row) -> new ChoosableDevice(rs.getObject("id", UUID.class), rs.getString("asset_tag"),
						(rs.getString("make") + " " + rs.getString("model")).strip(), rs.getString("serial"),
						DeviceState.valueOf(rs.getString("state")), rs.getBoolean("wiped")))
				.list();
	}

	/**
	 * Records the same sanitisation for each chosen device of the donation. Returns how many were recorded; refuses all of
	 * them (problems named by asset tag) when one device may not be sanitised now.
	 */
	@Transactional
	public int recordForAll(Actor actor, DonationId donation, List<DeviceId> chosen, WipeRecord record) {
		if (donations.donation(actor.tenant(), donation).isEmpty()) {
			throw new NotFoundException();
		}
		List<Device> locked = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		// locked in a fixed order, so that two batches with devices in common cannot deadlock
		for (DeviceId id : chosen.stream().distinct().sorted(Comparator.comparing(DeviceId::value)).toList()) {
			Device device = devices.lock(actor.tenant(), id).filter(d -> donation.equals(d.description().donationId()))
					.orElseThrow(NotFoundException::new);
			locked.add(device);
		}
		List<Recorded> recorded = new ArrayList<>();
		for (Device device : locked) {
			try {
				recorded.add(new Recorded(device, record(device, record)));
			} catch (DeviceRuleBroken refused) {
				problems.add(Problem.of(0, device.assetTag(), refused.messageKey()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		save(actor, recorded);
		return recorded.size();
	}

	/** Reads a wiping tool's CSV export and records every row for the device with that serial, or refuses the file. */
	@Transactional
	public int importResults(Actor actor, String csv) {
		CsvTable table = CsvTable.parseOrRefuse(csv);
		List<Problem> problems = new ArrayList<>();
		Map<Column, Integer> positions = table.columns(Column::named, REQUIRED, column -> column.names.getFirst(), problems);
		if (problems.isEmpty() && table.rows().isEmpty()) {
			problems.add(Problem.of(1, "", "inventory.import.noRows"));
		}
		if (table.rows().size() > MOST_ROWS) {
			problems.add(Problem.of(1, "", "inventory.import.tooManyRows", MOST_ROWS));
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		LocalDate today = clock.instant().atZone(DeviceController.BRUSSELS).toLocalDate();
		Map<String, UUID> bySerial = devicesBySerial(actor, table, positions.get(Column.SERIAL));
		Map<UUID, Device> locked = new HashMap<>();
		// locked in a fixed order before any row is read, so that two files with devices in common cannot deadlock
		for (UUID id : bySerial.values().stream().distinct().sorted().toList()) {
			locked.put(id, devices.lock(actor.tenant(), new DeviceId(id)).orElseThrow(NotFoundException::new));
		}
		Map<String, Integer> seen = new HashMap<>();
		List<Recorded> recorded = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (row.fields().size() != table.header().size()) {
				problems.add(Problem.of(row.number(), "", "inventory.import.fieldCount", row.fields().size(), table.header().size()));
				continue;
			}
			WipeRow reader = new WipeRow(row, table.header(), positions, problems);
			WipeRecord record = reader.record(today);
			String serial = reader.raw(Column.SERIAL);
			if (serial.isEmpty()) {
				continue;
			}
			UUID id = bySerial.get(serial.toLowerCase(Locale.ROOT));
			if (id == null) {
				problems.add(Problem.of(row.number(), reader.header(Column.SERIAL), "inventory.wipe.serial.unknown", serial));
				continue;
			}
			String key = serial.toLowerCase(Locale.ROOT) + "\n" + reader.raw(Column.MEDIUM).toLowerCase(Locale.ROOT);
			Integer earlier = seen.putIfAbsent(key, row.number());
			if (earlier != null) {
				problems.add(Problem.of(row.number(), reader.header(Column.MEDIUM), "inventory.wipe.twiceInFile", earlier));
				continue;
			}
			if (record == null) {
				continue;
			}
			Device device = locked.computeIfAbsent(id,
					found -> devices.lock(actor.tenant(), new DeviceId(found)).orElseThrow(NotFoundException::new));
			try {
				recorded.add(new Recorded(device, record(device, record)));
			} catch (DeviceRuleBroken refused) {
				problems.add(Problem.of(row.number(), reader.header(Column.SERIAL), "inventory.wipe.refused", device.assetTag(),
						new ImportRefused.Key(refused.messageKey())));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(Problem::row));
			throw new ImportRefused(problems);
		}
		save(actor, recorded);
		return recorded.size();
	}

	private record Recorded(Device device, Sanitisation evidence) {
	}

	private Sanitisation record(Device device, WipeRecord r) {
		return device.recordSanitisation(r.medium(), r.method(), r.technique(), r.tool(), r.toolVersion(), r.operatorName(),
				r.performedOn(), r.result(), r.verification(), clock.instant());
	}

	private void save(Actor actor, List<Recorded> recorded) {
		for (Recorded r : recorded) {
			devices.insertSanitisation(r.device(), r.evidence(), actor);
			audit.record(AuditAction.CREATE, "Sanitisation", r.evidence().id(), r.device().assetTag() + ": "
					+ r.evidence().method() + " " + r.evidence().result() + " (" + r.evidence().medium() + ")");
		}
	}

	/** The devices of the digibank with the serials of the file, by serial in lower case. */
	private Map<String, UUID> devicesBySerial(Actor actor, CsvTable table, int serialColumn) {
		String[] serials = table.rows().stream().filter(row -> row.fields().size() > serialColumn)
				.map(row -> row.fields().get(serialColumn).strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct()
				.toArray(String[]::new);
		Map<String, UUID> found = new HashMap<>();
		jdbc.sql("select id, lower(serial) as serial from inventory.device where digibank_id = ? and lower(serial) = any(?)")
				.param(actor.tenant().value()).param(serials)
				.query(rs -> {
					found.put(rs.getString("serial"), rs.getObject("id", UUID.class));
				});
		return found;
	}

	/** Reads one row of a wiping tool's export, adding a problem for every field that is not right. */
	private static final class WipeRow {

		private final CsvTable.Row row;
		private final List<String> header;
		private final Map<Column, Integer> positions;
		private final List<Problem> problems;
		private boolean valid = true;

		WipeRow(CsvTable.Row row, List<String> header, Map<Column, Integer> positions, List<Problem> problems) {
			this.row = row;
			this.header = header;
			this.positions = positions;
			this.problems = problems;
		}

		@Nullable
		WipeRecord record(LocalDate today) {
			required(Column.SERIAL);
			String medium = text(Column.MEDIUM, 200, true);
			Sanitisation.Method method = word(Column.METHOD, METHOD_WORDS, "inventory.wipe.method.unknown");
			Sanitisation.Technique technique = word(Column.TECHNIQUE, TECHNIQUE_WORDS, "inventory.wipe.technique.unknown");
			String tool = text(Column.TOOL, 200, true);
			String version = text(Column.TOOL_VERSION, 100, false);
			String operator = text(Column.OPERATOR, 200, true);
			LocalDate date = date(today);
			Sanitisation.Result result = word(Column.RESULT, RESULT_WORDS, "inventory.wipe.result.unknown");
			String verification = text(Column.VERIFICATION, 1000, false);
			if (!valid || method == null || technique == null || date == null || result == null) {
				return null;
			}
			WipeRecord record = new WipeRecord(medium, method, technique, tool, version, operator, date, result, verification);
			if (!record.consistent()) {
				problem(Column.TECHNIQUE, "sanitisation.technique.destroyOnly");
				return null;
			}
			return record;
		}

		String header(Column column) {
			Integer position = positions.get(column);
			return position == null ? column.names.getFirst() : header.get(position);
		}

		String raw(Column column) {
			Integer position = positions.get(column);
			return position == null ? "" : row.fields().get(position).strip();
		}

		private void problem(Column column, String key, Object... arguments) {
			problems.add(Problem.of(row.number(), header(column), key, arguments));
			valid = false;
		}

		private void required(Column column) {
			if (raw(column).isEmpty()) {
				problem(column, "inventory.import.required");
			}
		}

		private String text(Column column, int most, boolean required) {
			String value = raw(column);
			if (required && value.isEmpty()) {
				problem(column, "inventory.import.required");
			} else if (value.length() > most) {
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

		/** ISO dates (2026-11-21) as tools write them, and the d/M/yyyy of Belgian spreadsheets. */
		private @Nullable LocalDate date(LocalDate today) {
			String value = raw(Column.DATE);
			if (value.isEmpty()) {
				problem(Column.DATE, "inventory.import.required");
				return null;
			}
			LocalDate date = null;
			for (String pattern : List.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu")) {
				try {
					date = LocalDate.parse(value.length() > 10 && pattern.startsWith("u") ? value.substring(0, 10) : value,
							java.time.format.DateTimeFormatter.ofPattern(pattern)
									.withResolverStyle(java.time.format.ResolverStyle.STRICT));
					break;
				} catch (java.time.format.DateTimeParseException notThisOne) {
					// try the next pattern
				}
			}
			if (date == null) {
				problem(Column.DATE, "inventory.wipe.date.invalid", value);
			} else if (date.isAfter(today)) {
				problem(Column.DATE, "sanitisation.performedOn.future");
				return null;
			}
			return date;
		}
	}
}
