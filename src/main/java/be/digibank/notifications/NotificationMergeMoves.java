package be.digibank.notifications;

import be.digibank.people.PersonId;
import be.digibank.people.PersonsMergeBecameFinal;
import be.digibank.people.PersonsMerged;
import be.digibank.people.PersonsUnmerged;
import be.digibank.shared.DigibankId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages and wishes of a merged record belong to the survivor, like the rest of the record; each moved row is
 * remembered in {@code notifications.merge_move}, so that undoing the merge moves exactly those back and messages sent
 * to the survivor since stay with it (ADR 018). Runs in the merge's (or the undo's) transaction.
 */
@Component
class NotificationMergeMoves {

	private final JdbcClient jdbc;

	NotificationMergeMoves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	public void on(PersonsMerged merged) {
		jdbc.sql("""
				with moved as (
				    update notifications.outbox_message set person_id = :survivor where digibank_id = :digibank and person_id = :merged returning id)
				insert into notifications.merge_move (digibank_id, merged_id, survivor_id, table_name, row_id)
				select :digibank, :merged, :survivor, 'outbox_message', id from moved
				""").param("digibank", merged.digibankId().value()).param("merged", merged.merged().value())
				.param("survivor", merged.survivor().value()).update();
		// the merged record's wishes only when the survivor has none of its own (one preference per person)
		jdbc.sql("""
				with moved as (
				    update notifications.person_preference set person_id = :survivor
				    where digibank_id = :digibank and person_id = :merged
				      and not exists (select 1 from notifications.person_preference where digibank_id = :digibank and person_id = :survivor)
				    returning person_id)
				insert into notifications.merge_move (digibank_id, merged_id, survivor_id, table_name, row_id)
				select :digibank, :merged, :survivor, 'person_preference', :merged from moved
				""").param("digibank", merged.digibankId().value()).param("merged", merged.merged().value())
				.param("survivor", merged.survivor().value()).update();
	}

	@EventListener
	@Transactional
	public void on(PersonsUnmerged unmerged) {
		jdbc.sql("""
				update notifications.outbox_message set person_id = :restored
				where digibank_id = :digibank and person_id = :survivor
				  and id in (select row_id from notifications.merge_move where merged_id = :restored and table_name = 'outbox_message')
				""").param("digibank", unmerged.digibankId().value()).param("restored", unmerged.restored().value())
				.param("survivor", unmerged.survivor().value()).update();
		jdbc.sql("""
				update notifications.person_preference set person_id = :restored
				where digibank_id = :digibank and person_id = :survivor
				  and exists (select 1 from notifications.merge_move
				              where merged_id = :restored and table_name = 'person_preference' and row_id = :restored)
				  and not exists (select 1 from notifications.person_preference where digibank_id = :digibank and person_id = :restored)
				""").param("digibank", unmerged.digibankId().value()).param("restored", unmerged.restored().value())
				.param("survivor", unmerged.survivor().value()).update();
		forget(unmerged.digibankId(), unmerged.restored());
	}

	/** The merge can no longer be undone: its ledger goes. */
	@EventListener
	public void on(PersonsMergeBecameFinal merge) {
		forget(merge.digibankId(), merge.merged());
	}

	private void forget(DigibankId digibank, PersonId merged) {
		jdbc.sql("delete from notifications.merge_move where digibank_id = ? and merged_id = ?").param(digibank.value()).param(merged.value())
				.update();
	}
}
