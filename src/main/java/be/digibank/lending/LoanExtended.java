package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.shared.DigibankId;
import java.time.LocalDate;

/**
 * A loan got a later due date. Published inside the extension's transaction: a listener that refuses it (someone is
 * waiting for this kind of device) throws and the extension is undone.
 */
public record LoanExtended(DigibankId digibankId, LoanId loanId, DeviceId deviceId, DeviceCategory category, LocalDate dueOn) {
}
