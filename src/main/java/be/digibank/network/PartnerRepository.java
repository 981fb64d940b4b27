package be.digibank.network;

import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partner organisations, always looked up within one digibank. */
@Repository
class PartnerRepository {

	private static final String COLUMNS = "id, digibank_id, name, type, contact_email, contact_phone, active, version";

	private final JdbcClient jdbc;

	PartnerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PartnerOrganisation> all(DigibankId digibank) {
		return jdbc.sql("select " + COLUMNS + " from network.partner_organisation where digibank_id = ? order by lower(name)")
				.param(digibank.value()).query(PartnerRepository::map).list();
	}

	Optional<PartnerOrganisation> find(DigibankId digibank, PartnerId id) {
		return jdbc.sql("select " + COLUMNS + " from network.partner_organisation where digibank_id = ? and id = ?")
				.param(digibank.value()).param(id.value()).query(PartnerRepository::map).optional();
	}

	/** Locks the row, so that two changes of the same partner are made one after the other. */
	Optional<PartnerOrganisation> lock(DigibankId digibank, PartnerId id) {
		return jdbc.sql("select " + COLUMNS + " from network.partner_organisation where digibank_id = ? and id = ? for update")
				.param(digibank.value()).param(id.value()).query(PartnerRepository::map).optional();
	}

	void insert(PartnerOrganisation partner) {
		jdbc.sql("""
				insert into network.partner_organisation (id, digibank_id, name, type, contact_email, contact_phone, active)
				values (?, ?, ?, ?, ?, ?, ?)
				""").param(partner.id().value()).param(partner.digibankId().value()).param(partner.name())
				.param(partner.type().name()).param(partner.contactEmail()).param(partner.contactPhone())
				.param(partner.active()).update();
	}

	void update(PartnerOrganisation partner) {
		int changed = jdbc.sql("""
				update network.partner_organisation
				   set name = ?, type = ?, contact_email = ?, contact_phone = ?, active = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(partner.name()).param(partner.type().name()).param(partner.contactEmail())
				.param(partner.contactPhone()).param(partner.active()).param(partner.id().value())
				.param(partner.digibankId().value()).param(partner.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	private static PartnerOrganisation map(ResultSet rs, int row) throws SQLException {
		return new PartnerOrganisation(new PartnerId(rs.getObject("id", UUID.class)),
				new DigibankId(rs.getObject("digibank_id", UUID.class)), rs.getString("name"),
				PartnerType.valueOf(rs.getString("type")), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getBoolean("active"), rs.getInt("version"));
	}
}
