package be.digibank.people;

import be.digibank.shared.DigibankId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every digibank's retention periods once a night. Several instances of the application may run: a PostgreSQL
 * advisory lock, held for the transaction, lets exactly one of them do the work.
 */
@Configuration
@EnableScheduling
class RetentionJob {

	private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

	private final PrivacyRepository privacy;
	private final PrivacyDesk desk;
	private final TransactionTemplate transactions;
	private final RetentionProperties properties;

	RetentionJob(PrivacyRepository privacy, PrivacyDesk desk, TransactionTemplate transactions, RetentionProperties properties) {
		this.privacy = privacy;
		this.desk = desk;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Scheduled(cron = "${digibank.people.retention.cron:0 30 3 * * *}", zone = "Europe/Brussels")
	void nightly() {
		if (properties.enabled()) {
			run();
		}
	}

	/** Runs the retention of all digibanks; -1 when another instance holds the lock. */
	int run() {
		Integer touched = transactions.execute(status -> {
			if (!privacy.tryRetentionLock()) {
				return -1;
			}
			int count = 0;
			for (DigibankId digibank : privacy.digibanksWithPeople()) {
				count += desk.apply(null, digibank);
			}
			return count;
		});
		int result = touched == null ? 0 : touched;
		LOG.info("retention applied: {} persons", result);
		return result;
	}
}
