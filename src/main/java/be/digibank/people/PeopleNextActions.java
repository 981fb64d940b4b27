package be.digibank.people;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.NextAction;
import be.digibank.shared.web.NextActions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register's follow-up for the home page: referrals to answer and proofs that run out within a month. */
@Component
class PeopleNextActions implements NextActions {

	private final JdbcClient jdbc;
	private final Clock clock;

	PeopleNextActions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NextAction> waitingFor(Actor actor) {
		List<NextAction> actions = new ArrayList<>();
		if (actor.digibankId() == null) {
			return actions;
		}
		if (actor.can(Permission.REFERRAL_HANDLE)) {
			long requested = jdbc.sql("select count(*) from people.referral where digibank_id = ? and status = 'REQUESTED'")
					.param(actor.tenant().value()).query(Long.class).single();
			actions.add(new NextAction("people.next.referrals", requested, "/referrals", 10));
		}
		if (actor.can(Permission.PERSON_SENSITIVE_VIEW)) {
			LocalDate today = LocalDate.now(clock);
			long expiring = jdbc.sql("""
					select count(*) from people.eligibility_proof p join people.person s on s.id = p.person_id
					where p.digibank_id = ? and p.valid_until between ? and ? and s.merged_into is null and s.anonymised_at is null
					""").param(actor.tenant().value()).param(today).param(today.plusDays(30)).query(Long.class).single();
			actions.add(new NextAction("people.next.expiringProofs", expiring, "/people/proofs/expiring", 50));
		}
		return actions;
	}
}
