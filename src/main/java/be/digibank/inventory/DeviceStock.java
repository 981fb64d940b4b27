package be.digibank.inventory;

import be.digibank.network.LocationId;
import be.digibank.shared.DigibankId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the device bank: which devices can go out, where they are, and which device a scanned
 * code names. Read-only and always within one digibank; moving a device stays with {@link DeviceAdministration}.
 */
@Component
public class DeviceStock {

	private static final String COLUMNS = "id, category, asset_tag, make, model, serial, location_id, state";

	private final JdbcClient jdbc;

	DeviceStock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A device as other modules see it. */
	public record StockDevice(DeviceId id, DeviceCategory category, String assetTag, String make, String model, String serial,
			@Nullable LocationId locationId, DeviceState state) {

		/** "Lenovo T480 (DB-000042)", or just the asset tag when make and model are unknown. */
		public String label() {
			String name = (make + " " + model).strip();
			return name.isEmpty() ? assetTag : name + " (" + assetTag + ")";
		}

		/** Wiped, refurbished and checked: may go out now. */
		public boolean available() {
			return state == DeviceState.AVAILABLE;
		}

		/** Still in the lending cycle (not retired, not in repair): may be booked for a later date. */
		public boolean inCirculation() {
			return !state.isFinal() && state != DeviceState.RETIRED && state != DeviceState.IN_REPAIR && state != DeviceState.RECEIVED;
		}
	}

	/** Devices that may go out now, of a category, optionally at one location; by asset tag. */
	@Transactional(readOnly = true)
	public List<StockDevice> available(DigibankId digibank, DeviceCategory category, @Nullable LocationId location) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from inventory.device where digibank_id = ? and state = 'AVAILABLE' "
				+ "and triage = 'REUSABLE' and category = ?");
		List<Object> params = new ArrayList<>(List.of(digibank.value(), category.name()));
		if (location != null) {
			sql.append(" and location_id = ?");
			params.add(location.value());
		}
		sql.append(" order by asset_tag limit 1000");
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> map(rs)).list();
	}

	/** How many devices of each category may go out now. */
	@Transactional(readOnly = true)
	public Map<DeviceCategory, Long> availableCounts(DigibankId digibank) {
		Map<DeviceCategory, Long> counts = new EnumMap<>(DeviceCategory.class);
		jdbc.sql("select category, count(*) as n from inventory.device where digibank_id = ? and state = 'AVAILABLE' "
				+ "and triage = 'REUSABLE' group by category").param(digibank.value())
				.query((rs, row) -> counts.put(DeviceCategory.valueOf(rs.getString("category")), rs.getLong("n"))).list();
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<StockDevice> device(DigibankId digibank, DeviceId id) {
		return jdbc.sql("select " + COLUMNS + " from inventory.device where digibank_id = ? and id = ?").param(digibank.value())
				.param(id.value()).query((rs, row) -> map(rs)).optional();
	}

	/** Several devices at once (unknown IDs are left out). */
	@Transactional(readOnly = true)
	public List<StockDevice> devices(DigibankId digibank, Collection<DeviceId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] values = ids.stream().map(DeviceId::value).toArray(UUID[]::new);
		return jdbc.sql("select " + COLUMNS + " from inventory.device where digibank_id = ? and id = any(?) order by asset_tag")
				.param(digibank.value()).param(values).query((rs, row) -> map(rs)).list();
	}

	/** The device whose asset tag or serial was typed or scanned; an asset tag wins over a serial. */
	@Transactional(readOnly = true)
	public Optional<StockDevice> byCode(DigibankId digibank, String code) {
		String trimmed = code.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from inventory.device where digibank_id = ? and (upper(asset_tag) = upper(?) "
				+ "or lower(serial) = lower(?)) order by (upper(asset_tag) = upper(?)) desc limit 1").param(digibank.value())
				.param(trimmed).param(trimmed).param(trimmed).query((rs, row) -> map(rs)).optional();
	}

	private static StockDevice map(ResultSet rs) throws SQLException {
		UUID location = rs.getObject("location_id", UUID.class);
		String serial = rs.getString("serial");
		return new StockDevice(new DeviceId(rs.getObject("id", UUID.class)), DeviceCategory.valueOf(rs.getString("category")),
				rs.getString("asset_tag"), rs.getString("make"), rs.getString("model"), serial == null ? "" : serial,
				location == null ? null : new LocationId(location), DeviceState.valueOf(rs.getString("state")));
	}
}
