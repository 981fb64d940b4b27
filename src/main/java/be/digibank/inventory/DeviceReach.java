package be.digibank.inventory;

import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who our devices reached, for the donor impact: our own fact table, one row per loan. Lending tells it when a loan
 * starts (from its listener of its own {@code LoanStarted}, in the checkout's transaction). Inventory cannot listen to
 * {@code LoanStarted} itself: that event carries inventory's types, so the listener would make a cycle between the two
 * modules (see docs/adr/016-device-evidence-and-import.md). Merged persons move to the survivor
 * ({@link InventoryMergeMoves}), so nobody is counted twice.
 */
@Service
public class DeviceReach {

	private final JdbcClient jdbc;

	DeviceReach(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A loan of one of our devices started; the person is null when an organisation borrowed. Told twice, it counts once; a
	 * device of another digibank is ignored.
	 */
	@Transactional
	public void loanStarted(DigibankId digibank, UUID loanId, DeviceId device, @Nullable PersonId person, LocalDate startsOn) {
		jdbc.sql("""
				insert into inventory.device_person (loan_id, digibank_id, device_id, person_id, starts_on)
				select ?, d.digibank_id, d.id, ?, ? from inventory.device d where d.id = ? and d.digibank_id = ?
				on conflict (loan_id) do nothing
				""").param(loanId).param(person == null ? null : person.value()).param(startsOn).param(device.value())
				.param(digibank.value()).update();
	}
}
