package be.digibank.lending;

import be.digibank.people.PersonErased;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased person's name, own words and drawn signature leave lending's records too: loans keep the device, dates and
 * amounts for the counts (and that they were signed), requests and reservations keep their kind and period. Runs in the
 * erasure's transaction.
 */
@Component
class LoanErasure {

	static final String ERASED = "-";

	private final JdbcClient jdbc;
	private final Clock clock;

	LoanErasure(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(PersonErased erased) {
		var digibank = erased.digibankId().value();
		var person = erased.person().value();
		jdbc.sql("""
				update lending.loan set borrower_name = ?, goal_plan = '', damage_notes = '',
				    override_reason = case when override_reason = '' then '' else ? end
				where digibank_id = ? and person_id = ?
				""").param(ERASED).param(ERASED).param(digibank).param(person).update();
		// the drawn signature is an image of the person's handwriting; the loan keeps that it was signed, and when the image
		// went
		jdbc.sql(
				"update lending.loan set signature_png = null, signature_erased_on = ? where digibank_id = ? and person_id = ? and signature_png is not null")
				.param(Timestamp.from(clock.instant())).param(digibank).param(person).update();
		jdbc.sql("update lending.request set note = '' where digibank_id = ? and person_id = ?").param(digibank).param(person).update();
		jdbc.sql("update lending.reservation set note = '' where digibank_id = ? and person_id = ?").param(digibank).param(person).update();
		jdbc.sql("update lending.borrower_block set message = ?, reason = ? where digibank_id = ? and person_id = ?").param(ERASED)
				.param(ERASED).param(digibank).param(person).update();
	}
}
