package be.digibank.network;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the network: digibanks, partners and help points, always within one digibank, plus the
 * set-up used by demo data and platform administration.
 */
@Service
public class Network {

	private final JdbcClient jdbc;

	Network(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DigibankSummary> digibank(DigibankId id) {
		return jdbc.sql("select id, name, region from network.digibank where id = ?").param(id.value()).query(Network::digibank).optional();
	}

	public List<DigibankSummary> digibanks() {
		return jdbc.sql("select id, name, region from network.digibank order by lower(name)").query(Network::digibank).list();
	}

	public Optional<DigibankSummary> digibankNamed(String name) {
		return jdbc.sql("select id, name, region from network.digibank where lower(name) = lower(?)").param(name).query(Network::digibank).optional();
	}

	/** The postcodes the digibank serves, with the municipality's name, in postcode order. */
	public Map<String, String> servedMunicipalities(DigibankId digibank) {
		Map<String, String> served = new java.util.LinkedHashMap<>();
		jdbc.sql("select postcode, name from network.served_municipality where digibank_id = ? order by postcode").param(digibank.value())
				.query((rs, row) -> served.put(rs.getString("postcode"), rs.getString("name"))).list();
		return served;
	}

	public List<PartnerSummary> partners(DigibankId digibank) {
		return jdbc.sql("select id, digibank_id, name, type, active from network.partner_organisation where digibank_id = ? order by lower(name)")
				.param(digibank.value()).query(Network::partner).list();
	}

	public Optional<PartnerSummary> partner(DigibankId digibank, PartnerId partner) {
		return jdbc.sql("select id, digibank_id, name, type, active from network.partner_organisation where digibank_id = ? and id = ?")
				.param(digibank.value()).param(partner.value()).query(Network::partner).optional();
	}

	public List<LocationSummary> locations(DigibankId digibank) {
		return jdbc.sql("select id, digibank_id, partner_id, name, kind, postcode, municipality, active from network.location where digibank_id = ? "
				+ "order by lower(name)").param(digibank.value()).query(Network::location).list();
	}

	public Optional<LocationSummary> location(DigibankId digibank, LocationId location) {
		return jdbc.sql("select id, digibank_id, partner_id, name, kind, postcode, municipality, active from network.location "
				+ "where digibank_id = ? and id = ?").param(digibank.value()).param(location.value()).query(Network::location).optional();
	}

	@Transactional
	public DigibankId startDigibank(NewDigibank digibank) {
		DigibankId id = DigibankId.random();
		jdbc.sql("insert into network.digibank (id, name, region) values (?, ?, ?)").param(id.value()).param(digibank.name().strip())
				.param(digibank.region().strip()).update();
		for (Map.Entry<String, String> municipality : digibank.municipalitiesByPostcode().entrySet()) {
			jdbc.sql("insert into network.served_municipality (digibank_id, postcode, name) values (?, ?, ?)").param(id.value())
					.param(municipality.getKey()).param(municipality.getValue()).update();
		}
		return id;
	}

	@Transactional
	public void addFundingProject(DigibankId digibank, String name, String fundingSource, LocalDate startsOn, LocalDate endsOn) {
		jdbc.sql("insert into network.funding_project (id, digibank_id, name, funding_source, starts_on, ends_on) values (?, ?, ?, ?, ?, ?)")
				.param(UUID.randomUUID()).param(digibank.value()).param(name).param(fundingSource).param(startsOn).param(endsOn).update();
	}

	@Transactional
	public PartnerId addPartner(DigibankId digibank, NewPartner partner) {
		PartnerId id = PartnerId.random();
		jdbc.sql("insert into network.partner_organisation (id, digibank_id, name, type, contact_email, contact_phone) values (?, ?, ?, ?, ?, ?)")
				.param(id.value()).param(digibank.value()).param(partner.name().strip()).param(partner.type().name())
				.param(partner.contactEmail().strip()).param(partner.contactPhone().strip()).update();
		return id;
	}

	@Transactional
	public LocationId addLocation(DigibankId digibank, NewLocation location) {
		LocationId id = LocationId.random();
		jdbc.sql(
				"""
						insert into network.location (id, digibank_id, partner_id, name, kind, street, postcode, municipality, accessibility_notes, public_computers)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.param(id.value()).param(digibank.value()).param(location.partnerId().value()).param(location.name().strip())
				.param(location.kind().name()).param(location.street().strip()).param(location.postcode().strip())
				.param(location.municipality().strip()).param(location.accessibilityNotes().strip()).param(location.publicComputers()).update();
		return id;
	}

	/** A weekly opening slot in Belgian wall-clock time. */
	@Transactional
	public void addOpeningSlot(DigibankId digibank, LocationId location, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
		jdbc.sql("insert into network.opening_slot (id, digibank_id, location_id, day_of_week, starts_at, ends_at) values (?, ?, ?, ?, ?, ?)")
				.param(UUID.randomUUID()).param(digibank.value()).param(location.value()).param(day.getValue()).param(startsAt).param(endsAt)
				.update();
	}

	private static DigibankSummary digibank(ResultSet rs, int row) throws SQLException {
		return new DigibankSummary(new DigibankId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("region"));
	}

	private static PartnerSummary partner(ResultSet rs, int row) throws SQLException {
		return new PartnerSummary(new PartnerId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				rs.getString("name"), PartnerType.valueOf(rs.getString("type")), rs.getBoolean("active"));
	}

	private static LocationSummary location(ResultSet rs, int row) throws SQLException {
		return new LocationSummary(new LocationId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				new PartnerId(rs.getObject("partner_id", UUID.class)), rs.getString("name"), LocationKind.valueOf(rs.getString("kind")),
				rs.getString("postcode"), rs.getString("municipality"), rs.getBoolean("active"));
	}
}
