package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A loan is over: the device came back, was lost or stolen, or became a gift to the borrower. */
public record LoanEnded(DigibankId digibankId, LoanId loanId, DeviceId deviceId, DeviceCategory category, @Nullable PersonId person,
		LocalDate endedOn, Ending ending) {

	/** How a loan ends. */
	public enum Ending {
		RETURNED, LOST, STOLEN, GIFT
	}
}
