package be.digibank.inventory;

import be.digibank.people.PersonId;
import be.digibank.people.PersonsMergeBecameFinal;
import be.digibank.people.PersonsMerged;
import be.digibank.people.PersonsUnmerged;
import be.digibank.shared.DigibankId;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merged persons move to the survivor, so nobody is counted twice in the donor impact and the survivor's repairs are
 * all in one place. Each moved row is remembered in {@code inventory.merge_move}, so that undoing the merge moves
 * exactly those back; rows made for the survivor since stay with it (ADR 018). Runs in the merge's (or the undo's)
 * transaction.
 */
@Component
class InventoryMergeMoves {

	/** The tables of the device bank that point at a person, with the column that identifies a row. */
	private static final Map<String, String> TABLES = Map.of("device_person", "loan_id", "repair", "id");

	private final JdbcClient jdbc;

	InventoryMergeMoves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PersonsMerged merged) {
		TABLES.forEach((table, key) -> jdbc.sql("""
				with moved as (
				    update inventory.%s set person_id = :survivor where digibank_id = :digibank and person_id = :merged returning %s)
				insert into inventory.merge_move (digibank_id, merged_id, survivor_id, table_name, row_id)
				select :digibank, :merged, :survivor, '%s', %s from moved
				""".formatted(table, key, table, key)).param("digibank", merged.digibankId().value()).param("merged", merged.merged().value())
				.param("survivor", merged.survivor().value()).update());
	}

	@EventListener
	void on(PersonsUnmerged unmerged) {
		TABLES.forEach((table, key) -> jdbc.sql("""
				update inventory.%s set person_id = :restored
				where digibank_id = :digibank and person_id = :survivor
				  and %s in (select row_id from inventory.merge_move where merged_id = :restored and table_name = '%s')
				""".formatted(table, key, table)).param("digibank", unmerged.digibankId().value()).param("restored", unmerged.restored().value())
				.param("survivor", unmerged.survivor().value()).update());
		forget(unmerged.digibankId(), unmerged.restored());
	}

	/** The merge can no longer be undone: its ledger goes. */
	@EventListener
	void on(PersonsMergeBecameFinal merge) {
		forget(merge.digibankId(), merge.merged());
	}

	private void forget(DigibankId digibank, PersonId merged) {
		jdbc.sql("delete from inventory.merge_move where digibank_id = ? and merged_id = ?").param(digibank.value()).param(merged.value()).update();
	}
}
