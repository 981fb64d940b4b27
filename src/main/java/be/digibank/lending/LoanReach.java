package be.digibank.lending;

import be.digibank.inventory.DeviceReach;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the device bank who a device reached, so that donors see "your laptops are used by 17 people". Inventory cannot
 * listen to lending's events itself (they carry inventory's types: a cycle), so lending tells it, in the checkout's
 * transaction.
 */
@Component
class LoanReach {

	private final DeviceReach reach;

	LoanReach(DeviceReach reach) {
		this.reach = reach;
	}

	@EventListener
	void on(LoanStarted loan) {
		reach.loanStarted(loan.digibankId(), loan.loanId().value(), loan.deviceId(), loan.person(), loan.startsOn());
	}
}
