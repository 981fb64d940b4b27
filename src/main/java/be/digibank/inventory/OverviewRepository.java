package be.digibank.inventory;

import be.digibank.shared.DigibankId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the overviews, each in one query within one digibank. */
@Repository
class OverviewRepository {

	/** How many devices of one location, category, state and grade. */
	record StockCell(@Nullable UUID locationId, DeviceCategory category, DeviceState state, @Nullable String grade, long count) {
	}

	/** One device waiting in a state since a moment. */
	record Waiting(UUID id, String assetTag, String makeModel, DeviceState state, Instant since) {
	}

	/** Counts of one category of one donation along the way from received to given out. */
	record ImpactCell(UUID donationId, String donorName, LocalDate receivedOn, DeviceCategory category, long received,
			long reusable, long refurbished, long givenOut) {
	}

	private final JdbcClient jdbc;

	OverviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StockCell> stock(DigibankId digibank) {
		return jdbc.sql("""
				select location_id, category, state, condition_grade, sum(devices) as n from inventory.device_count where digibank_id = ?
				 group by location_id, category, state, condition_grade having sum(devices) <> 0
				 order by location_id, category, state, condition_grade
				""").param(digibank.value())
				.query((rs, row) -> new StockCell(rs.getObject("location_id", UUID.class), DeviceCategory.valueOf(rs.getString("category")),
						DeviceState.valueOf(rs.getString("state")), rs.getString("condition_grade"), rs.getLong("n")))
				.list();
	}

	long count(DigibankId digibank, List<DeviceState> states) {
		return jdbc.sql("select coalesce(sum(devices), 0) from inventory.device_count where digibank_id = ? and state = any(?)")
				.param(digibank.value())
				.param(states.stream().map(DeviceState::name).toArray(String[]::new)).query(Long.class).single();
	}

	/**
	 * The devices that have waited longest in these states: the first few of each state from the index on (state,
	 * state_since), then merged, instead of sorting every device of those states.
	 */
	List<Waiting> longestWaiting(DigibankId digibank, List<DeviceState> states, int limit) {
		return jdbc.sql("""
				select d.id, d.asset_tag, d.make, d.model, d.state, coalesce(d.state_since, d.created_at) as since
				  from unnest(?::text[]) as s(state),
				       lateral (select id, asset_tag, make, model, state, state_since, created_at from inventory.device
				                 where digibank_id = ? and state = s.state order by state_since, asset_tag limit ?) d
				 order by d.state_since, d.asset_tag limit ?
				""").param(states.stream().map(DeviceState::name).toArray(String[]::new)).param(digibank.value()).param(limit)
				.param(limit)
				.query((rs, row) -> new Waiting(rs.getObject("id", UUID.class), rs.getString("asset_tag"),
						(rs.getString("make") + " " + rs.getString("model")).strip(), DeviceState.valueOf(rs.getString("state")),
						rs.getTimestamp("since").toInstant()))
				.list();
	}

	/**
	 * Per donation and category: received, reusable on intake, refurbished (passed a quality check at some time), given out
	 * (on loan now, given away, or lent at some time).
	 */
	List<ImpactCell> impact(DigibankId digibank) {
		return jdbc.sql("""
				select n.id, o.name, n.received_on, v.category, count(*) as received,
				       count(*) filter (where v.triage = 'REUSABLE') as reusable,
				       count(*) filter (where exists (select 1 from inventory.device_event e
				                                        where e.device_id = v.id and e.to_state = 'QUALITY_CHECKED')) as refurbished,
				       count(*) filter (where v.state in ('ON_LOAN', 'GIVEN_AWAY')
				                           or exists (select 1 from inventory.device_person p where p.device_id = v.id)) as given_out
				  from inventory.donation n
				  join inventory.donor o on o.id = n.donor_id and o.digibank_id = n.digibank_id
				  join inventory.device v on v.donation_id = n.id and v.digibank_id = n.digibank_id
				 where n.digibank_id = ?
				 group by n.id, o.name, n.received_on, v.category
				 order by n.received_on desc, n.id, v.category
				""").param(digibank.value())
				.query((rs, row) -> new ImpactCell(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getObject("received_on", LocalDate.class), DeviceCategory.valueOf(rs.getString("category")),
						rs.getLong("received"), rs.getLong("reusable"), rs.getLong("refurbished"), rs.getLong("given_out")))
				.list();
	}

	/** Distinct people reached per donation (organisations that borrowed are not counted as people). */
	java.util.Map<UUID, Long> peopleReached(DigibankId digibank) {
		java.util.Map<UUID, Long> reached = new java.util.HashMap<>();
		jdbc.sql("""
				select v.donation_id, count(distinct p.person_id) as people from inventory.device_person p
				  join inventory.device v on v.id = p.device_id and v.digibank_id = p.digibank_id
				 where p.digibank_id = ? and v.donation_id is not null group by v.donation_id
				""").param(digibank.value()).query(rs -> {
			reached.put(rs.getObject("donation_id", UUID.class), rs.getLong("people"));
		});
		return reached;
	}
}
