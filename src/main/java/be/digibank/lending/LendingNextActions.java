package be.digibank.lending;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.NextAction;
import be.digibank.shared.web.NextActions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lending's work for the home page: people to call about a late device, loans overdue and due this week, people waiting
 * for a device, offers waiting for an answer, incidents to follow up.
 */
@Component
class LendingNextActions implements NextActions {

	private final JdbcClient jdbc;
	private final Clock clock;

	LendingNextActions(JdbcClient jdbc, Clock clock) {
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
		UUID digibank = actor.tenant().value();
		LocalDate today = LocalDate.now(clock);
		if (actor.can(Permission.LOAN_VIEW)) {
			actions.add(new NextAction("lending.next.callList",
					count("select count(*) from lending.loan where digibank_id = ? and ended_at is null and on_call_list", digibank), "/loans", 5));
			actions.add(new NextAction("lending.next.overdue",
					count("select count(*) from lending.loan where digibank_id = ? and ended_at is null and due_on < ?", digibank, today), "/loans",
					15));
			actions.add(new NextAction("lending.next.dueThisWeek", count(
					"select count(*) from lending.loan where digibank_id = ? and ended_at is null and due_on between ? and ?", digibank, today,
					today.plusDays(7)), "/loans", 40));
		}
		if (actor.can(Permission.LOAN_SETTLE)) {
			actions.add(new NextAction("lending.next.incidents",
					count("select count(*) from lending.loan_incident where digibank_id = ? and status = 'OPEN'", digibank), "/loans", 45));
		}
		if (actor.can(Permission.LENDING_QUEUE_MANAGE)) {
			actions.add(new NextAction("lending.next.offers",
					count("select count(*) from lending.offer where digibank_id = ? and status = 'OPEN'", digibank), "/lending/requests", 25));
			actions.add(new NextAction("lending.next.waiting",
					count("select count(*) from lending.request where digibank_id = ? and status = 'WAITING'", digibank), "/lending/requests", 35));
		}
		return actions;
	}

	private long count(String sql, Object... parameters) {
		var statement = jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		return statement.query(Long.class).single();
	}
}
