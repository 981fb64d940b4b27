package be.digibank.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a night, merges older than the undo window become final and the ledgers kept to undo them are deleted (ADR 018):
 * a ledger that can no longer serve an undo is only data kept without a purpose. Several instances may run: each merge
 * is locked with {@code skip locked}, so two instances never make the same merge final twice.
 */
@Configuration
@EnableScheduling
class MergeFinalisation {

	private static final Logger LOG = LoggerFactory.getLogger(MergeFinalisation.class);
	private static final int BATCH = 500;

	private final PersonMerges merges;

	MergeFinalisation(PersonMerges merges) {
		this.merges = merges;
	}

	@Scheduled(cron = "${digibank.people.merge-finalisation.cron:0 45 3 * * *}", zone = "Europe/Brussels")
	void nightly() {
		LOG.info("merges made final: {}", run());
	}

	/** Makes every due merge final, in batches of {@value #BATCH} (one transaction each); returns how many. */
	int run() {
		int total = 0;
		int done;
		do {
			done = merges.makeFinal(BATCH);
			total += done;
		} while (done == BATCH);
		return total;
	}
}
