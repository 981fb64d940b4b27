package be.digibank.inventory;

import be.digibank.inventory.EvidenceViews.CertificateLine;
import be.digibank.shared.DigibankId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What labels and certificates show, read in one query each, always within one digibank. */
@Repository
class EvidenceRepository {

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DeviceLabels.Label> labels(DigibankId digibank, List<DeviceId> devices) {
		UUID[] ids = devices.stream().map(DeviceId::value).distinct().toArray(UUID[]::new);
		return jdbc.sql("select asset_tag, make, model from inventory.device where digibank_id = ? and id = any(?) order by asset_tag")
				.param(digibank.value()).param(ids).query((rs, row) -> label(rs)).list();
	}

	List<DeviceLabels.Label> labelsOfDonation(DigibankId digibank, DonationId donation) {
		return jdbc.sql("select asset_tag, make, model from inventory.device where digibank_id = ? and donation_id = ? order by asset_tag")
				.param(digibank.value()).param(donation.value()).query((rs, row) -> label(rs)).list();
	}

	/**
	 * The devices of a donation with the latest sanitisation of their first holder cycle (the data of the donor), for the
	 * donor's certificate.
	 */
	List<CertificateLine> certificateLines(DigibankId digibank, DonationId donation) {
		return jdbc.sql("""
				select d.asset_tag, d.category, d.make, d.model, coalesce(d.serial, '') as serial, d.triage,
				       s.method, s.result, s.performed_on
				  from inventory.device d
				  left join lateral (select method, result, performed_on from inventory.sanitisation s
				                      where s.device_id = d.id and s.digibank_id = d.digibank_id and s.holder_cycle = 1
				                      order by s.recorded_at desc limit 1) s on true
				 where d.digibank_id = ? and d.donation_id = ?
				 order by d.asset_tag
				""").param(digibank.value()).param(donation.value())
				.query((rs, row) -> new CertificateLine(rs.getString("asset_tag"), rs.getString("category"),
						(rs.getString("make") + " " + rs.getString("model")).strip(), rs.getString("serial"),
						rs.getString("method") == null ? "" : rs.getString("method"),
						rs.getString("result") == null ? "" : rs.getString("result"), rs.getObject("performed_on", LocalDate.class),
						rs.getString("triage")))
				.list();
	}

	private static DeviceLabels.Label label(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DeviceLabels.Label(rs.getString("asset_tag"), (rs.getString("make") + " " + rs.getString("model")).strip());
	}
}
