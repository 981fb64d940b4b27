package be.digibank.inventory;

import be.digibank.inventory.WorkshopViews.DataPlanRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data plans of devices, within one digibank. */
@Repository
class DataPlanRepository {

	private final JdbcClient jdbc;

	DataPlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DataPlan> find(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select device_id, provider, phone_number, data_allowance_gb, valid_until, version from inventory.data_plan "
				+ "where digibank_id = ? and device_id = ?").param(digibank.value()).param(device.value()).query((rs, row) -> map(rs)).optional();
	}

	/**
	 * Saves a plan seen at {@code seenVersion} (null: the device had none). A plan written by someone else in between is a
	 * conflict, decided by the primary key or the version.
	 */
	void save(DigibankId digibank, DataPlan plan, @Nullable Integer seenVersion) {
		int changed;
		if (seenVersion == null) {
			changed = jdbc.sql("""
					insert into inventory.data_plan (device_id, digibank_id, provider, phone_number, data_allowance_gb, valid_until)
					values (?, ?, ?, ?, ?, ?) on conflict (device_id) do nothing
					""").param(plan.deviceId().value()).param(digibank.value()).param(plan.provider()).param(plan.phoneNumber())
					.param(plan.dataAllowanceGb()).param(plan.validUntil()).update();
		} else {
			changed = jdbc.sql("""
					update inventory.data_plan set provider = ?, phone_number = ?, data_allowance_gb = ?, valid_until = ?, version = version + 1
					 where digibank_id = ? and device_id = ? and version = ?
					""").param(plan.provider()).param(plan.phoneNumber()).param(plan.dataAllowanceGb()).param(plan.validUntil())
					.param(digibank.value()).param(plan.deviceId().value()).param(seenVersion).update();
		}
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/** Plans ending on or before {@code until} (null: all), soonest first. */
	List<DataPlanRow> list(DigibankId digibank, @Nullable LocalDate until, LocalDate today, int warningDays) {
		return jdbc.sql("""
				select p.device_id, d.asset_tag, d.category, p.provider, p.phone_number, p.data_allowance_gb, p.valid_until, p.version
				  from inventory.data_plan p join inventory.device d on d.id = p.device_id and d.digibank_id = p.digibank_id
				 where p.digibank_id = ? and (cast(? as date) is null or p.valid_until <= cast(? as date))
				 order by p.valid_until, d.asset_tag limit 1000
				""").param(digibank.value()).param(until).param(until)
				.query((rs, row) -> row(map(rs), rs.getString("asset_tag"), DeviceCategory.valueOf(rs.getString("category")), today, warningDays))
				.list();
	}

	static DataPlanRow row(DataPlan plan, String assetTag, DeviceCategory category, LocalDate today, int warningDays) {
		return new DataPlanRow(plan.deviceId().value(), assetTag, category, plan.provider(), plan.phoneNumber(),
				plan.dataAllowanceGb() == null ? null : plan.dataAllowanceGb().stripTrailingZeros().toPlainString(), plan.validUntil(),
				plan.daysLeft(today), plan.needsAttention(today, warningDays));
	}

	private static DataPlan map(ResultSet rs) throws SQLException {
		BigDecimal allowance = rs.getBigDecimal("data_allowance_gb");
		return new DataPlan(new DeviceId(rs.getObject("device_id", UUID.class)), rs.getString("provider"), rs.getString("phone_number"),
				allowance, rs.getObject("valid_until", LocalDate.class), rs.getInt("version"));
	}
}
