package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A device went out on loan. Published inside the checkout's transaction: a listener in this module that refuses the
 * loan (the device is held for someone else) throws and the whole checkout is undone.
 *
 * @param person
 *            the borrower, or null when an organisation borrows (a class set)
 */
public record LoanStarted(DigibankId digibankId, LoanId loanId, DeviceId deviceId, DeviceCategory category, @Nullable PersonId person,
		LocalDate startsOn, LocalDate dueOn) {
}
