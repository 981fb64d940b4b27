package be.digibank.inventory;

import be.digibank.inventory.InventoryViews.DonationRow;
import be.digibank.inventory.InventoryViews.DonorRow;
import be.digibank.shared.DigibankId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Donors and their donations, always within one digibank. */
@Repository
class DonationRepository {

	/** A new donor as recorded on intake. */
	record NewDonor(DonorKind kind, String name, String contactName, String contactEmail, String contactPhone,
			boolean thanksConsent) {
		NewDonor {
			name = name.strip();
			contactName = contactName.strip();
			contactEmail = contactEmail.strip();
			contactPhone = contactPhone.strip();
		}
	}

	/** A batch as received. */
	record NewDonation(LocalDate receivedOn, int countAnnounced, int countReceived, String collectionPoint,
			String custodyNote) {
		NewDonation {
			collectionPoint = collectionPoint.strip();
			custodyNote = custodyNote.strip();
		}
	}

	private static final String DONATION = """
			select d.id, d.donor_id, o.name as donor_name, o.kind as donor_kind, d.received_on, d.count_announced,
			       d.count_received, d.collection_point, d.custody_note,
			       (select count(*) from inventory.device v where v.donation_id = d.id and v.digibank_id = d.digibank_id) as registered
			  from inventory.donation d join inventory.donor o on o.id = d.donor_id and o.digibank_id = d.digibank_id
			 where d.digibank_id = ?
			""";

	private final JdbcClient jdbc;

	DonationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DonorId insertDonor(DigibankId digibank, NewDonor donor) {
		DonorId id = DonorId.random();
		jdbc.sql("insert into inventory.donor (id, digibank_id, kind, name, contact_name, contact_email, contact_phone, "
				+ "thanks_consent) values (?, ?, ?, ?, ?, ?, ?, ?)").param(id.value()).param(digibank.value())
				.param(donor.kind().name()).param(donor.name()).param(donor.contactName()).param(donor.contactEmail())
				.param(donor.contactPhone()).param(donor.thanksConsent()).update();
		return id;
	}

	DonationId insertDonation(DigibankId digibank, DonorId donor, NewDonation donation) {
		DonationId id = DonationId.random();
		jdbc.sql("insert into inventory.donation (id, digibank_id, donor_id, received_on, count_announced, count_received, "
				+ "collection_point, custody_note) values (?, ?, ?, ?, ?, ?, ?, ?)").param(id.value())
				.param(digibank.value()).param(donor.value()).param(donation.receivedOn())
				.param(donation.countAnnounced()).param(donation.countReceived()).param(donation.collectionPoint())
				.param(donation.custodyNote()).update();
		return id;
	}

	List<DonorRow> donors(DigibankId digibank) {
		return jdbc.sql("select id, name, kind, contact_name, contact_email, contact_phone, thanks_consent "
				+ "from inventory.donor where digibank_id = ? order by lower(name)").param(digibank.value())
				.query((rs, row) -> donor(rs)).list();
	}

	Optional<DonorRow> donor(DigibankId digibank, DonorId id) {
		return jdbc.sql("select id, name, kind, contact_name, contact_email, contact_phone, thanks_consent "
				+ "from inventory.donor where digibank_id = ? and id = ?").param(digibank.value()).param(id.value())
				.query((rs, row) -> donor(rs)).optional();
	}

	List<DonationRow> donations(DigibankId digibank) {
		return jdbc.sql(DONATION + " order by d.received_on desc, d.created_at desc limit 500").param(digibank.value())
				.query((rs, row) -> donation(rs)).list();
	}

	List<DonationRow> donationsOf(DigibankId digibank, DonorId donor) {
		return jdbc.sql(DONATION + " and d.donor_id = ? order by d.received_on desc").param(digibank.value())
				.param(donor.value()).query((rs, row) -> donation(rs)).list();
	}

	Optional<DonationRow> donation(DigibankId digibank, DonationId id) {
		return jdbc.sql(DONATION + " and d.id = ?").param(digibank.value()).param(id.value())
				.query((rs, row) -> donation(rs)).optional();
	}

	private static DonorRow donor(ResultSet rs) throws SQLException {
		return new DonorRow(rs.getObject("id", UUID.class), rs.getString("name"), DonorKind.valueOf(rs.getString("kind")),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getBoolean("thanks_consent"));
	}

	private static DonationRow donation(ResultSet rs) throws SQLException {
		return new DonationRow(rs.getObject("id", UUID.class), rs.getObject("donor_id", UUID.class),
				rs.getString("donor_name"), DonorKind.valueOf(rs.getString("donor_kind")),
				rs.getObject("received_on", LocalDate.class), rs.getInt("count_announced"), rs.getInt("count_received"),
				rs.getLong("registered"), rs.getString("collection_point"), rs.getString("custody_note"));
	}
}
