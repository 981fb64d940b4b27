package be.digibank;

import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real IDs of one tenant for every path variable our routes use, so a route can be called with the IDs of the actor's
 * own digibank, or of another one. Records that {@link TestData} does not make are added here.
 */
public final class RouteIds {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

	private final Map<String, String> ids = new HashMap<>();

	public RouteIds(Tenant tenant, Actor actor, JdbcClient jdbc) {
		ids.put("digibankId", tenant.digibank().toString());
		ids.put("partnerId", tenant.partnerA().toString());
		ids.put("locationId", tenant.locationA().toString());
		ids.put("accountId", (actor.digibankId() == null ? tenant.actor(Role.VOLUNTEER) : actor).accountId().toString());
		ids.put("postcode", "3700");
		ids.put("token", "no-such-token");
		ids.put("slotId", jdbc.sql("select id::text from network.opening_slot where location_id = ? limit 1").param(tenant.locationA().value())
				.query(String.class).optional().orElse(UUID.randomUUID().toString()));
		UUID exception = UUID.randomUUID();
		jdbc.sql("insert into network.opening_exception (id, digibank_id, location_id, on_date, kind, reason) values (?, ?, ?, ?, 'CLOSED', 'test')")
				.param(exception).param(tenant.digibank().value()).param(tenant.locationA().value()).param(LocalDate.now().plusDays(30)).update();
		ids.put("exceptionId", exception.toString());
		UUID project = UUID.randomUUID();
		jdbc.sql("insert into network.funding_project (id, digibank_id, name, funding_source, starts_on, ends_on) values (?, ?, ?, 'WSE', ?, ?)")
				.param(project).param(tenant.digibank().value()).param("Project " + project).param(LocalDate.of(2025, 1, 1))
				.param(LocalDate.of(2026, 7, 31))
				.update();
		ids.put("projectId", project.toString());
		Actor owner = tenant.actor(Role.VOLUNTEER);
		UUID token = UUID.randomUUID();
		jdbc.sql(
				"insert into staff.api_token (id, account_id, digibank_id, name, token_hash, created_at, expires_at) values (?, ?, ?, 'test', ?, ?, ?)")
				.param(token).param(owner.accountId().value()).param(tenant.digibank().value()).param("hash-" + token)
				.param(Timestamp.from(Instant.now()))
				.param(Timestamp.from(Instant.now().plusSeconds(86400))).update();
		ids.put("tokenId", token.toString());
		UUID entry = UUID.randomUUID();
		jdbc.sql("insert into staff.volunteer_hours (id, digibank_id, account_id, worked_on, minutes, activity) values (?, ?, ?, ?, 90, 'test')")
				.param(entry).param(tenant.digibank().value()).param(owner.accountId().value()).param(LocalDate.now().minusDays(1)).update();
		ids.put("entryId", entry.toString());
		people(tenant, jdbc);
		inventory(tenant, jdbc);
		notifications(tenant, jdbc);
		loans(tenant, jdbc);
		lendingQueue(tenant, jdbc);
	}

	/** A failed message of the tenant's outbox, for the retry route. */
	private void notifications(Tenant tenant, JdbcClient jdbc) {
		UUID message = UUID.randomUUID();
		jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, importance, status, reason,
				    attempts, due_at, created_at)
				values (?, ?, ?, ?, 'SMS', 'lending.due-soon', 'ESSENTIAL', 'FAILED', 'notifications.reason.gatewayStatus:500', 5, now(), now())
				""").param(message).param(tenant.digibank().value()).param(UUID.fromString(ids.get("personId"))).param("route:" + message).update();
		ids.put("messageId", message.toString());
	}

	/** A loan of a device to the tenant's person, with an incident and a borrower block, for the lending routes. */
	private void loans(Tenant tenant, JdbcClient jdbc) {
		UUID digibank = tenant.digibank().value();
		UUID loan = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (?, ?, ?, 'DB-000001', 'LAPTOP', 'Route laptop', 'Route Person', ?, current_date, current_date + 30, 'NONE', true, ?, 'route')
				""").param(loan).param(digibank).param(UUID.randomUUID()).param(UUID.fromString(ids.get("personId")))
				.param(tenant.coordinator().accountId().value()).update();
		ids.put("loanId", loan.toString());
		UUID incident = UUID.randomUUID();
		jdbc.sql("insert into lending.loan_incident (id, digibank_id, loan_id, kind, decision, amount_cents, reason, decided_by) "
				+ "values (?, ?, ?, 'DAMAGE', 'FLAT_RATE', 500, 'route', 'route')").param(incident).param(digibank).param(loan).update();
		ids.put("loanIncidentId", incident.toString());
		UUID block = UUID.randomUUID();
		jdbc.sql("insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name) "
				+ "values (?, ?, ?, 'route', 'route', ?, 'route')").param(block).param(digibank).param(UUID.fromString(ids.get("personId")))
				.param(tenant.coordinator().accountId().value()).update();
		ids.put("borrowerBlockId", block.toString());
	}

	/**
	 * A request with an open offer of the tenant's device, and a reservation, for the waiting-list and reservation routes.
	 */
	private void lendingQueue(Tenant tenant, JdbcClient jdbc) {
		UUID digibank = tenant.digibank().value();
		UUID request = UUID.randomUUID();
		jdbc.sql("insert into lending.request (id, digibank_id, person_id, category, urgency, status, requested_at) "
				+ "values (?, ?, ?, 'LAPTOP', 'NORMAL', 'OFFERED', now())").param(request).param(digibank).param(UUID.fromString(ids.get("personId")))
				.update();
		ids.put("requestId", request.toString());
		UUID offer = UUID.randomUUID();
		jdbc.sql("insert into lending.offer (id, digibank_id, request_id, person_id, device_id, category, offered_at, held_until, status) "
				+ "values (?, ?, ?, ?, ?, 'LAPTOP', now(), ?, 'OPEN')").param(offer).param(digibank).param(request)
				.param(UUID.fromString(ids.get("personId"))).param(UUID.fromString(ids.get("deviceId"))).param(LocalDate.now().plusDays(3)).update();
		ids.put("offerId", offer.toString());
		UUID reservation = UUID.randomUUID();
		LocalDate from = LocalDate.now().plusDays(40);
		jdbc.sql(
				"insert into lending.reservation (id, digibank_id, organisation_name, contact, pickup_location_id, starts_on, ends_on, status, booked_at) "
						+ "values (?, ?, 'Route school', 'Juf', ?, ?, ?, 'BOOKED', now())")
				.param(reservation).param(digibank).param(tenant.locationA().value())
				.param(from).param(from.plusDays(1)).update();
		jdbc.sql("insert into lending.reserved_device (reservation_id, digibank_id, device_id, starts_on, ends_on) values (?, ?, ?, ?, ?)")
				.param(reservation).param(digibank).param(UUID.fromString(ids.get("deviceId"))).param(from).param(from.plusDays(1)).update();
		ids.put("reservationId", reservation.toString());
	}

	/** A donor, a donation and a device of the tenant, for the device bank's routes. */
	private void inventory(Tenant tenant, JdbcClient jdbc) {
		UUID digibank = tenant.digibank().value();
		UUID donor = UUID.randomUUID();
		jdbc.sql("insert into inventory.donor (id, digibank_id, kind, name) values (?, ?, 'COMPANY', ?)").param(donor).param(digibank)
				.param("Donor " + donor.toString().substring(0, 8)).update();
		ids.put("donorId", donor.toString());
		UUID donation = UUID.randomUUID();
		jdbc.sql("insert into inventory.donation (id, digibank_id, donor_id, received_on, count_announced, count_received) values (?, ?, ?, ?, 3, 2)")
				.param(donation).param(digibank).param(donor).param(LocalDate.now().minusDays(2)).update();
		ids.put("donationId", donation.toString());
		UUID device = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, triage, donation_id, state) "
				+ "values (?, ?, ?, 'LAPTOP', 'REUSABLE', ?, 'RECEIVED')").param(device).param(digibank)
				.param("DB-9" + String.format("%08d", Math.abs(device.getLeastSignificantBits() % 100_000_000L))).param(donation).update();
		ids.put("deviceId", device.toString());
		UUID photo = UUID.randomUUID();
		jdbc.sql("insert into inventory.device_photo (id, digibank_id, device_id, content_type, bytes, alt_text, uploaded_at) "
				+ "values (?, ?, ?, 'image/png', ?, 'route photo', now())").param(photo).param(digibank).param(device)
				.param(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).update();
		ids.put("photoId", photo.toString());
		// wipe evidence for the device's current cycle, so that its certificate can be downloaded
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, operator_name, "
				+ "performed_on, result, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'SANITIZE_COMMAND', 'route', 'route', ?, 'PASSED', now())")
				.param(UUID.randomUUID()).param(digibank).param(device).param(LocalDate.now()).update();
		workshop(tenant, jdbc, device);
	}

	/** A checklist item, a citizen's repair, a kit and an open stocktake, for the workshop's routes. */
	private void workshop(Tenant tenant, JdbcClient jdbc, UUID device) {
		UUID digibank = tenant.digibank().value();
		jdbc.sql("insert into inventory.quality_checklist (digibank_id, category) values (?, 'OTHER') on conflict do nothing").param(digibank)
				.update();
		UUID item = UUID.randomUUID();
		jdbc.sql("insert into inventory.quality_check_item (id, digibank_id, category, label) values (?, ?, 'OTHER', 'Route')").param(item)
				.param(digibank).update();
		ids.put("checklistItemId", item.toString());
		UUID repair = UUID.randomUUID();
		jdbc.sql("insert into inventory.repair (id, digibank_id, person_id, citizen_category, problem, opened_at, opened_by) "
				+ "values (?, ?, ?, 'SMARTPHONE', 'Route', now(), ?)").param(repair).param(digibank).param(UUID.fromString(ids.get("personId")))
				.param(tenant.coordinator().accountId().value()).update();
		ids.put("repairId", repair.toString());
		UUID kit = UUID.randomUUID();
		jdbc.sql("insert into inventory.kit (id, digibank_id, code, name, created_at) values (?, ?, ?, 'Route', now())").param(kit).param(digibank)
				.param("KIT-9" + String.format("%07d", Math.abs(kit.getLeastSignificantBits() % 10_000_000L))).update();
		jdbc.sql("insert into inventory.kit_item (device_id, kit_id, digibank_id, added_at) values (?, ?, ?, now())").param(device).param(kit)
				.param(digibank).update();
		ids.put("kitId", kit.toString());
		UUID stocktake = UUID.randomUUID();
		jdbc.sql("insert into inventory.stocktake (id, digibank_id, location_id, started_by, started_at) values (?, ?, ?, ?, now()) "
				+ "on conflict do nothing").param(stocktake).param(digibank).param(UUID.randomUUID()).param(tenant.coordinator().accountId().value())
				.update();
		ids.put("stocktakeId", stocktake.toString());
	}

	/** A person of the tenant with a proof, a consent and a referral, for the people register's routes. */
	private void people(Tenant tenant, JdbcClient jdbc) {
		UUID digibank = tenant.digibank().value();
		UUID coordinator = tenant.coordinator().accountId().value();
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, 'Route', ?, 1960, '3700')")
				.param(person).param(digibank).param("Person " + person.toString().substring(0, 8)).update();
		ids.put("personId", person.toString());
		UUID proof = UUID.randomUUID();
		jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) "
				+ "values (?, ?, ?, 'UITPAS_REDUCED_RATE', ?, ?, ?)").param(proof).param(digibank).param(person).param(LocalDate.now().minusDays(1))
				.param(LocalDate.now().plusYears(1)).param(coordinator).update();
		ids.put("proofId", proof.toString());
		UUID consent = UUID.randomUUID();
		jdbc.sql(
				"insert into people.consent (id, digibank_id, person_id, purpose, channel, given_at, given_by) values (?, ?, ?, 'NEWSLETTER', 'PAPER', ?, ?)")
				.param(consent).param(digibank).param(person).param(Timestamp.from(Instant.now())).param(coordinator).update();
		ids.put("consentId", consent.toString());
		UUID referral = UUID.randomUUID();
		jdbc.sql("insert into people.referral (id, digibank_id, referrer_id, referrer_partner_id, person_name, reason, service, created_at) "
				+ "values (?, ?, ?, ?, 'Route Referral', 'test', 'DEVICE', ?)").param(referral).param(digibank)
				.param(tenant.actor(Role.REFERRER).accountId().value()).param(tenant.partnerA().value()).param(Timestamp.from(Instant.now()))
				.update();
		ids.put("referralId", referral.toString());
		UUID other = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, 'Person', ?, 1960, '3700')")
				.param(other).param(digibank).param("Route " + person.toString().substring(0, 8)).update();
		ids.put("otherPersonId", other.toString());
		// a merge that can be undone: a third record merged into a fourth
		UUID kept = UUID.randomUUID();
		UUID merged = UUID.randomUUID();
		for (UUID id : new UUID[]{kept, merged}) {
			jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, 'Merged', 'Route', '3700')")
					.param(id)
					.param(digibank).update();
		}
		jdbc.sql("update people.person set merged_into = ?, merged_at = now() where id = ?").param(kept).param(merged).update();
		UUID merge = UUID.randomUUID();
		jdbc.sql("insert into people.person_merge (id, digibank_id, survivor_id, merged_id, score, merged_by, merged_at, moved) "
				+ "values (?, ?, ?, ?, 90, ?, now(), '{}')").param(merge).param(digibank).param(kept).param(merged).param(coordinator).update();
		ids.put("mergeId", merge.toString());
		privacy(tenant, jdbc);
	}

	/** A retention policy and entries of the digibank's own configurable lists, for the privacy and settings routes. */
	private void privacy(Tenant tenant, JdbcClient jdbc) {
		UUID digibank = tenant.digibank().value();
		ids.put("policyId", jdbc.sql("""
				insert into people.retention_policy (id, digibank_id, category, months, changed_by, changed_at) values (?, ?, 'NOTE', 12, ?, now())
				on conflict (digibank_id, category) do update set months = excluded.months returning id::text
				""").param(UUID.randomUUID()).param(digibank).param(tenant.coordinator().accountId().value()).query(String.class).single());
		String code = "ROUTE_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
		ids.put("targetGroupId", jdbc.sql("insert into people.target_group (digibank_id, code, label) values (?, ?, 'Route') returning id::text")
				.param(digibank).param(code).query(String.class).single());
		ids.put("proofTypeId", jdbc.sql("insert into people.proof_type (digibank_id, code, label) values (?, ?, 'Route') returning id::text")
				.param(digibank).param(code).query(String.class).single());
	}

	/** The path with every variable replaced by this tenant's ID (an unknown variable gets a random UUID). */
	public String fill(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(filled, ids.getOrDefault(matcher.group(1), UUID.randomUUID().toString()));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	public boolean knows(String variable) {
		return ids.containsKey(variable);
	}
}
