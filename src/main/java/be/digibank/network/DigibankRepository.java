package be.digibank.network;

import be.digibank.network.NetworkViews.FundingProjectRow;
import be.digibank.network.NetworkViews.MunicipalityRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Digibank settings, served municipalities and funding projects. */
@Repository
class DigibankRepository {

	private final JdbcClient jdbc;

	DigibankRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Digibank> all() {
		return jdbc.sql("select id, name, region, version from network.digibank order by lower(name)")
				.query(DigibankRepository::map).list();
	}

	Optional<Digibank> find(DigibankId id) {
		return jdbc.sql("select id, name, region, version from network.digibank where id = ?").param(id.value())
				.query(DigibankRepository::map).optional();
	}

	Optional<Digibank> lock(DigibankId id) {
		return jdbc.sql("select id, name, region, version from network.digibank where id = ? for update")
				.param(id.value()).query(DigibankRepository::map).optional();
	}

	void update(Digibank digibank) {
		int changed = jdbc.sql("update network.digibank set name = ?, region = ?, version = version + 1 where id = ? and version = ?")
				.param(digibank.name()).param(digibank.region()).param(digibank.id().value()).param(digibank.version())
				.update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	List<MunicipalityRow> municipalities(DigibankId id) {
		return jdbc.sql("select postcode, name from network.served_municipality where digibank_id = ? order by postcode")
				.param(id.value()).query((rs, row) -> new MunicipalityRow(rs.getString("postcode"), rs.getString("name")))
				.list();
	}

	void addMunicipality(DigibankId id, String postcode, String name) {
		jdbc.sql("insert into network.served_municipality (digibank_id, postcode, name) values (?, ?, ?)").param(id.value())
				.param(postcode).param(name).update();
	}

	int removeMunicipality(DigibankId id, String postcode) {
		return jdbc.sql("delete from network.served_municipality where digibank_id = ? and postcode = ?").param(id.value())
				.param(postcode).update();
	}

	List<FundingProjectRow> projects(DigibankId id) {
		return jdbc.sql("select id, name, funding_source, starts_on, ends_on from network.funding_project "
				+ "where digibank_id = ? order by starts_on, lower(name)").param(id.value())
				.query((rs, row) -> new FundingProjectRow(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("funding_source"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class)))
				.list();
	}

	void addProject(DigibankId id, UUID projectId, String name, String fundingSource, LocalDate startsOn, LocalDate endsOn) {
		jdbc.sql("insert into network.funding_project (id, digibank_id, name, funding_source, starts_on, ends_on) values (?, ?, ?, ?, ?, ?)")
				.param(projectId).param(id.value()).param(name).param(fundingSource).param(startsOn).param(endsOn).update();
	}

	int removeProject(DigibankId id, UUID projectId) {
		return jdbc.sql("delete from network.funding_project where digibank_id = ? and id = ?").param(id.value())
				.param(projectId).update();
	}

	private static Digibank map(ResultSet rs, int row) throws SQLException {
		return new Digibank(new DigibankId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("region"),
				rs.getInt("version"));
	}
}
