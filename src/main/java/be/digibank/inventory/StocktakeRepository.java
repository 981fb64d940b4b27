package be.digibank.inventory;

import be.digibank.inventory.WorkshopViews.StocktakeDevice;
import be.digibank.inventory.WorkshopViews.StocktakeRow;
import be.digibank.network.LocationId;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stocktakes: the snapshot of what should be at a location, every scan, and what was found. */
@Repository
class StocktakeRepository {

	/** States in which a device is not expected on the shelf: with a borrower, or gone for good. */
	static final String NOT_ON_SHELF = "('ON_LOAN', 'RECYCLED', 'GIVEN_AWAY', 'SOLD_FOR_PARTS')";

	private final JdbcClient jdbc;

	StocktakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a stocktake of a location with the snapshot of what should be there, unless one is open already: the partial
	 * unique index decides, so two people starting at once count into the same stocktake.
	 */
	UUID start(DigibankId digibank, LocationId location, Actor actor, Instant at) {
		UUID id = UUID.randomUUID();
		int created = jdbc.sql("""
				insert into inventory.stocktake (id, digibank_id, location_id, started_by, started_name, started_at) values (?, ?, ?, ?, ?, ?)
				on conflict (location_id) where closed_at is null do nothing
				""").param(id).param(digibank.value()).param(location.value()).param(actor.accountId().value()).param(actor.displayName())
				.param(Timestamp.from(at)).update();
		if (created == 0) {
			return openAt(digibank, location).orElseThrow();
		}
		jdbc.sql("insert into inventory.stocktake_expected (stocktake_id, digibank_id, device_id) select ?, digibank_id, id from inventory.device "
				+ "where digibank_id = ? and location_id = ? and state not in " + NOT_ON_SHELF).param(id).param(digibank.value())
				.param(location.value()).update();
		return id;
	}

	Optional<UUID> openAt(DigibankId digibank, LocationId location) {
		return jdbc.sql("select id from inventory.stocktake where digibank_id = ? and location_id = ? and closed_at is null")
				.param(digibank.value()).param(location.value()).query(UUID.class).optional();
	}

	Optional<StocktakeRow> find(DigibankId digibank, UUID id, Map<UUID, String> locationNames) {
		return jdbc.sql(SELECT + " where s.digibank_id = ? and s.id = ?").param(digibank.value()).param(id)
				.query((rs, row) -> row(rs, locationNames)).optional();
	}

	/** The stocktake row locked, for a scan or the closing: its version and whether it is still open. */
	Optional<Locked> lock(DigibankId digibank, UUID id) {
		return jdbc.sql("select location_id, closed_at is null as open, version from inventory.stocktake where digibank_id = ? and id = ? for update")
				.param(digibank.value()).param(id)
				.query((rs, row) -> new Locked(new LocationId(rs.getObject("location_id", UUID.class)), rs.getBoolean("open"), rs.getInt("version")))
				.optional();
	}

	int version(DigibankId digibank, UUID id) {
		return jdbc.sql("select version from inventory.stocktake where digibank_id = ? and id = ?").param(digibank.value()).param(id)
				.query(Integer.class).optional().orElse(0);
	}

	record Locked(LocationId location, boolean open, int version) {
	}

	List<StocktakeRow> list(DigibankId digibank, Map<UUID, String> locationNames) {
		return jdbc.sql(SELECT + " where s.digibank_id = ? order by (s.closed_at is null) desc, s.started_at desc limit 200").param(digibank.value())
				.query((rs, row) -> row(rs, locationNames)).list();
	}

	private static final String SELECT = """
			select s.id, s.location_id, s.started_at, s.started_name, s.closed_at,
			       (select count(*) from inventory.stocktake_expected e where e.stocktake_id = s.id) as expected,
			       (select count(*) from inventory.stocktake_found f join inventory.stocktake_expected e
			          on e.stocktake_id = f.stocktake_id and e.device_id = f.device_id where f.stocktake_id = s.id) as found
			  from inventory.stocktake s""";

	/** Records a scan as typed; answers whether the device was new to this stocktake (a second scan counts once). */
	boolean recordScan(DigibankId digibank, UUID stocktake, String code, @Nullable DeviceId device, Actor actor, Instant at) {
		jdbc.sql(
				"insert into inventory.stocktake_scan (id, stocktake_id, digibank_id, code, device_id, scanned_by, scanned_at) values (?, ?, ?, ?, ?, ?, ?)")
				.param(UUID.randomUUID()).param(stocktake).param(digibank.value()).param(code).param(device == null ? null : device.value())
				.param(actor.accountId().value()).param(Timestamp.from(at)).update();
		if (device == null) {
			return false;
		}
		return jdbc.sql("insert into inventory.stocktake_found (stocktake_id, digibank_id, device_id, found_at) values (?, ?, ?, ?) "
				+ "on conflict (stocktake_id, device_id) do nothing").param(stocktake).param(digibank.value()).param(device.value())
				.param(Timestamp.from(at)).update() == 1;
	}

	boolean expected(UUID stocktake, DeviceId device) {
		return jdbc.sql("select count(*) from inventory.stocktake_expected where stocktake_id = ? and device_id = ?").param(stocktake)
				.param(device.value()).query(Integer.class).single() > 0;
	}

	List<StocktakeDevice> found(UUID stocktake, Map<UUID, String> locationNames) {
		return devices("join inventory.stocktake_found f on f.device_id = d.id and f.stocktake_id = ? "
				+ "where exists (select 1 from inventory.stocktake_expected e where e.stocktake_id = f.stocktake_id and e.device_id = d.id)",
				stocktake,
				locationNames);
	}

	List<StocktakeDevice> missing(UUID stocktake, Map<UUID, String> locationNames) {
		return devices("join inventory.stocktake_expected e on e.device_id = d.id and e.stocktake_id = ? "
				+ "where not exists (select 1 from inventory.stocktake_found f where f.stocktake_id = e.stocktake_id and f.device_id = d.id)",
				stocktake,
				locationNames);
	}

	/** Found here but expected elsewhere (or nowhere): they belong to another location. */
	List<StocktakeDevice> misplaced(UUID stocktake, Map<UUID, String> locationNames) {
		return devices("join inventory.stocktake_found f on f.device_id = d.id and f.stocktake_id = ? "
				+ "where not exists (select 1 from inventory.stocktake_expected e where e.stocktake_id = f.stocktake_id and e.device_id = d.id)",
				stocktake,
				locationNames);
	}

	List<String> unknownCodes(UUID stocktake) {
		return jdbc.sql("select min(code) from inventory.stocktake_scan where stocktake_id = ? and device_id is null group by upper(code) order by 1")
				.param(stocktake).query(String.class).list();
	}

	int scans(UUID stocktake) {
		return jdbc.sql("select count(*) from inventory.stocktake_scan where stocktake_id = ?").param(stocktake).query(Integer.class).single();
	}

	void close(DigibankId digibank, UUID stocktake, Actor actor, Instant at, int moved) {
		jdbc.sql(
				"update inventory.stocktake set closed_at = ?, closed_by = ?, moved_count = ?, version = version + 1 where digibank_id = ? and id = ?")
				.param(Timestamp.from(at)).param(actor.accountId().value()).param(moved).param(digibank.value()).param(stocktake).update();
	}

	/** Puts devices at the stocktake's location; their version moves on, so a page opened before sees the change. */
	int moveTo(DigibankId digibank, LocationId location, List<UUID> devices) {
		if (devices.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update inventory.device set location_id = ?, version = version + 1 where digibank_id = ? and id = any(?)")
				.param(location.value()).param(digibank.value()).param(devices.toArray(UUID[]::new)).update();
	}

	private List<StocktakeDevice> devices(String joinAndWhere, UUID stocktake, Map<UUID, String> locationNames) {
		return jdbc.sql("select d.id, d.asset_tag, d.category, d.make, d.model, d.location_id from inventory.device d " + joinAndWhere
				+ " order by d.asset_tag").param(stocktake)
				.query((rs, row) -> {
					UUID location = rs.getObject("location_id", UUID.class);
					return new StocktakeDevice(rs.getObject("id", UUID.class), rs.getString("asset_tag"),
							DeviceCategory.valueOf(rs.getString("category")),
							rs.getString("make"), rs.getString("model"), location == null ? "" : locationNames.getOrDefault(location, ""));
				}).list();
	}

	private static StocktakeRow row(ResultSet rs, Map<UUID, String> locationNames) throws SQLException {
		UUID location = rs.getObject("location_id", UUID.class);
		Timestamp closed = rs.getTimestamp("closed_at");
		return new StocktakeRow(rs.getObject("id", UUID.class), location, locationNames.getOrDefault(location, ""),
				rs.getTimestamp("started_at").toInstant(), rs.getString("started_name"), closed == null ? null : closed.toInstant(),
				rs.getInt("expected"), rs.getInt("found"));
	}
}
