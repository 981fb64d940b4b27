package be.digibank.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The count table behind the stock overview stays equal to counting the devices, whatever writes them. */
@DigibankTest
class DeviceCountTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DeviceCountCompaction compaction;
	@Autowired
	DeviceAdministration devices;

	@Test
	void countsFollowIntakeMovesEditsAndDeletesAndSurviveCompaction() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID first = WipeEvidenceTest.device(jdbc, t, donation, "DB-000001", "C-1", "RECEIVED", 1);
		UUID second = WipeEvidenceTest.device(jdbc, t, donation, "DB-000002", "C-2", "RECEIVED", 1);
		WipeEvidenceTest.device(jdbc, t, donation, "DB-000003", "C-3", "AVAILABLE", 1);
		assertThat(counted(t)).isEqualTo(exact(t));
		// one statement moving several devices, a move that keeps the key, a change of location and grade, a delete
		jdbc.sql("update inventory.device set state = 'IN_REPAIR', state_before_repair = 'RECEIVED' where digibank_id = ? and state = 'RECEIVED'")
				.param(t.digibank().value()).update();
		jdbc.sql("update inventory.device set make = 'Dell', version = version + 1 where id = ?").param(first).update();
		jdbc.sql("update inventory.device set location_id = ?, condition_grade = 'A' where id = ?").param(t.locationA().value()).param(second)
				.update();
		devices.transition(t.coordinator(), new DeviceId(first), 1, DeviceState.RETIRED, "beyond repair");
		jdbc.sql("delete from inventory.device where id = ?").param(second).update();
		assertThat(counted(t)).isEqualTo(exact(t));
		assertThat(devices.overview(t.coordinator(), null, null, null, null).byState())
				.containsExactly(new InventoryViews.StockCount("AVAILABLE", 1), new InventoryViews.StockCount("RETIRED", 1));

		compaction.run();
		assertThat(counted(t)).isEqualTo(exact(t));
		assertThat(jdbc.sql("select count(*) from inventory.device_count where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from inventory.device_count where digibank_id = ? and delta").param(t.digibank().value())
				.query(Integer.class).single()).isZero();
	}

	private List<Map<String, Object>> exact(Tenant t) {
		return jdbc.sql("select location_id, category, state, condition_grade, count(*)::bigint as n from inventory.device "
				+ "where digibank_id = ? group by 1, 2, 3, 4 order by 1, 2, 3, 4").param(t.digibank().value()).query().listOfRows();
	}

	private List<Map<String, Object>> counted(Tenant t) {
		return jdbc.sql("select location_id, category, state, condition_grade, sum(devices)::bigint as n from inventory.device_count "
				+ "where digibank_id = ? group by 1, 2, 3, 4 having sum(devices) <> 0 order by 1, 2, 3, 4").param(t.digibank().value()).query()
				.listOfRows();
	}
}
