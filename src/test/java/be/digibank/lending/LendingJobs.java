package be.digibank.lending;

import org.springframework.context.ApplicationContext;

/**
 * The scheduled lending jobs for tests outside this package (the browser journeys), which move the clock and then let
 * the job run at once instead of waiting for its hour.
 */
public final class LendingJobs {

	private LendingJobs() {
	}

	/** Takes every loan reminder step that is due at the clock's "now"; the number of steps taken. */
	public static int runReminders(ApplicationContext context) {
		return context.getBean(LoanReminders.class).run();
	}
}
