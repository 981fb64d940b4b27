package be.digibank.inventory;

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
 * The workshop's queue for the home page: devices waiting for each step (wipe, refurbish, quality check), repairs still
 * open and data plans that run out within a month.
 */
@Component
class InventoryNextActions implements NextActions {

	private final JdbcClient jdbc;
	private final Clock clock;

	InventoryNextActions(JdbcClient jdbc, Clock clock) {
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
		if (actor.can(Permission.DEVICE_MANAGE)) {
			actions.add(new NextAction("inventory.next.toWipe", inState(digibank, DeviceState.RECEIVED), "/devices?state=RECEIVED", 20));
			actions.add(new NextAction("inventory.next.toRefurbish", inState(digibank, DeviceState.SANITISED), "/devices?state=SANITISED", 25));
			actions.add(new NextAction("inventory.next.toCheck", inState(digibank, DeviceState.REFURBISHING), "/devices?state=REFURBISHING", 30));
			actions.add(new NextAction("inventory.next.returned", inState(digibank, DeviceState.RETURNED), "/devices?state=RETURNED", 22));
		}
		if (actor.can(Permission.REPAIR_MANAGE)) {
			actions.add(new NextAction("inventory.next.repairs",
					jdbc.sql("select count(*) from inventory.repair where digibank_id = ? and closed_at is null").param(digibank).query(Long.class)
							.single(),
					"/repairs", 35));
		}
		if (actor.can(Permission.DEVICE_VIEW)) {
			LocalDate today = LocalDate.now(clock);
			actions.add(new NextAction("inventory.next.dataPlans",
					jdbc.sql("select count(*) from inventory.data_plan where digibank_id = ? and valid_until <= ?").param(digibank)
							.param(today.plusDays(30)).query(Long.class).single(),
					"/sim-plans?expiring=30", 50));
		}
		return actions;
	}

	private long inState(UUID digibank, DeviceState state) {
		return jdbc.sql("select count(*) from inventory.device where digibank_id = ? and state = ?").param(digibank).param(state.name())
				.query(Long.class).single();
	}
}
