package be.digibank.inventory;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the delta rows that the triggers add to {@code inventory.device_count} into one row per key, so that reading
 * the stock stays a sum over a few hundred rows. Writers only insert deltas and never wait for this; a digibank is
 * folded by one instance at a time (a transaction-scoped advisory lock, skipped when taken), and rows committed after
 * the delete's snapshot simply stay for the next run, so no count is ever lost or doubled.
 */
@Configuration
@EnableScheduling
class DeviceCountCompaction {

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DeviceCountCompaction(JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${digibank.inventory.count-compaction.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${digibank.inventory.count-compaction.interval:PT1M}", initialDelayString = "${digibank.inventory.count-compaction.interval:PT1M}")
	void periodically() {
		if (enabled) {
			run();
		}
	}

	/** Folds the deltas of every digibank that has some; returns how many digibanks were folded. */
	int run() {
		List<UUID> digibanks = jdbc.sql("select distinct digibank_id from inventory.device_count where delta").query(UUID.class).list();
		int folded = 0;
		for (UUID digibank : digibanks) {
			Boolean done = transactions.execute(status -> fold(digibank));
			folded += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return folded;
	}

	private boolean fold(UUID digibank) {
		boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('inventory.device_count'), hashtext(?::text))")
				.param(digibank.toString()).query(Boolean.class).single();
		if (!mine) {
			return false;
		}
		jdbc.sql("""
				with gone as (delete from inventory.device_count where digibank_id = ? returning *)
				insert into inventory.device_count (digibank_id, location_id, category, state, condition_grade, devices, delta)
				select digibank_id, location_id, category, state, condition_grade, sum(devices), false from gone
				 group by digibank_id, location_id, category, state, condition_grade having sum(devices) <> 0
				""").param(digibank).update();
		return true;
	}
}
