package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PersonMerging;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Undoing a merge is followed by lending: the loans, blocks, requests, offers and reservations that moved to the
 * survivor go back to their own person; what was made for the survivor after the merge stays with the survivor.
 */
@DigibankTest
class LendingUnmergeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void undoingAMergeGivesEachPersonTheirOwnLendingRecordsBack() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID survivor = merging.person("Lotte", "Willems");
		UUID merged = merging.person("Lote", "Willems");
		List<String> survivorsOwn = records(tenant, survivor, "TABLET");
		List<String> mergedOwn = records(tenant, merged, "LAPTOP");

		UUID merge = merging.merge(survivor, merged);
		assertThat(heldBy(merged)).isEmpty();
		assertThat(heldBy(survivor)).containsExactlyInAnyOrderElementsOf(concat(survivorsOwn, mergedOwn));
		// made after the merge, for the person as one
		List<String> afterwards = records(tenant, survivor, "SMARTPHONE");

		merging.undo(merge);

		assertThat(heldBy(merged)).containsExactlyInAnyOrderElementsOf(mergedOwn);
		assertThat(heldBy(survivor)).containsExactlyInAnyOrderElementsOf(concat(survivorsOwn, afterwards));
		assertThat(jdbc.sql("select count(*) from lending.merge_move where merged_id = ?").param(merged).query(Integer.class).single()).isZero();

		// merged again later: the same rows move again and come back again
		UUID again = merging.merge(survivor, merged);
		assertThat(heldBy(merged)).isEmpty();
		merging.undo(again);
		assertThat(heldBy(merged)).containsExactlyInAnyOrderElementsOf(mergedOwn);
	}

	@Test
	void aRequestTheMergeCancelledWaitsAgainAtItsOldPlaceAfterTheUndo() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID survivor = merging.person("Seppe", "Wuyts");
		UUID merged = merging.person("Sepe", "Wuyts");
		UUID older = waitingFor(tenant, merged, "10 days");
		UUID newer = waitingFor(tenant, survivor, "2 days");

		UUID merge = merging.merge(survivor, merged);
		assertThat(status(older)).isEqualTo("CANCELLED");
		assertThat(status(newer)).isEqualTo("WAITING");

		merging.undo(merge);

		assertThat(jdbc.sql("select person_id, status, cancel_reason, closed_at is null from lending.request where id = ?").param(older)
				.query((rs, row) -> List.of(rs.getObject(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).single())
				.containsExactly(merged, "WAITING", "", true);
		assertThat(status(newer)).isEqualTo("WAITING");
		// the queue orders by the time of asking: the restored person is ahead again
		assertThat(
				jdbc.sql("select id from lending.request where digibank_id = ? and category = 'LAPTOP' and status = 'WAITING' order by requested_at")
						.param(tenant.digibank().value()).query(UUID.class).list())
				.containsExactly(older, newer);
	}

	UUID waitingFor(Tenant tenant, UUID person, String since) {
		UUID request = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.request (id, digibank_id, person_id, category, urgency, status, requested_at)
				values (?, ?, ?, 'LAPTOP', 'NORMAL', 'WAITING', now() - cast(? as interval))
				""").param(request).param(tenant.digibank().value()).param(person).param(since).update();
		return request;
	}

	String status(UUID request) {
		return jdbc.sql("select status from lending.request where id = ?").param(request).query(String.class).single();
	}

	/** A loan, a block, a request with an offer and a reservation for the person; returns them as "table:id". */
	List<String> records(Tenant tenant, UUID person, String category) {
		UUID digibank = tenant.digibank().value();
		UUID staff = tenant.coordinator().accountId().value();
		UUID loan = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (?, ?, ?, 'DB-1', ?, 'Toestel', 'Naam', ?, current_date, current_date + 30, 'NONE', true, ?, 'Staff')
				""").param(loan).param(digibank).param(UUID.randomUUID()).param(category).param(person).param(staff).update();
		UUID block = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name)
				values (?, ?, ?, 'Eerst de coördinator', 'Niet teruggebracht', ?, 'Staff')
				""").param(block).param(digibank).param(person).param(staff).update();
		UUID request = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.request (id, digibank_id, person_id, category, urgency, status, requested_at)
				values (?, ?, ?, ?, 'NORMAL', 'OFFERED', now())
				""").param(request).param(digibank).param(person).param(category).update();
		UUID offer = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.offer (id, digibank_id, request_id, person_id, device_id, category, offered_at, held_until, status)
				values (?, ?, ?, ?, ?, ?, now(), current_date + 3, 'OPEN')
				""").param(offer).param(digibank).param(request).param(person).param(UUID.randomUUID()).param(category).update();
		UUID reservation = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.reservation (id, digibank_id, person_id, pickup_location_id, starts_on, ends_on, status, booked_at)
				values (?, ?, ?, ?, current_date + 7, current_date + 8, 'BOOKED', now())
				""").param(reservation).param(digibank).param(person).param(tenant.locationA().value()).update();
		return List.of("loan:" + loan, "borrower_block:" + block, "request:" + request, "offer:" + offer, "reservation:" + reservation);
	}

	List<String> heldBy(UUID person) {
		return jdbc.sql("""
				select 'loan:' || id from lending.loan where person_id = :p
				union all select 'borrower_block:' || id from lending.borrower_block where person_id = :p
				union all select 'request:' || id from lending.request where person_id = :p
				union all select 'offer:' || id from lending.offer where person_id = :p
				union all select 'reservation:' || id from lending.reservation where person_id = :p
				""").param("p", person).query(String.class).list();
	}

	static List<String> concat(List<String> one, List<String> other) {
		return java.util.stream.Stream.concat(one.stream(), other.stream()).toList();
	}
}
