package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of loans: "due soon" a few days before the due date, then the overdue steps of the loan's policy (an SMS,
 * an e-mail, a letter, or the staff's call list). Each step is recorded once under a reference such as
 * {@code loan:<id>:overdue:7}, so a job that runs twice (or on two instances) never sends anything twice. When a loan
 * is first seen long overdue, only the latest step reached is sent; the earlier ones are recorded as skipped.
 */
@Component
@EnableScheduling
class LoanReminders {

	private static final Logger LOG = LoggerFactory.getLogger(LoanReminders.class);

	private final LoanRepository loans;
	private final LoanPolicyRepository policies;
	private final PeopleRegister people;
	private final Network network;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	LoanReminders(LoanRepository loans, LoanPolicyRepository policies, PeopleRegister people, Network network, AuditTrail audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.loans = loans;
		this.policies = policies;
		this.people = people;
		this.network = network;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${digibank.lending.reminders.cron:0 0 9 * * *}", zone = "Europe/Brussels")
	void daily() {
		run();
	}

	/**
	 * Takes every reminder step that is due today; the number of steps taken, or -1 when another instance holds the lock.
	 */
	int run() {
		Integer taken = transactions.execute(status -> {
			if (!loans.tryReminderLock()) {
				return -1;
			}
			LocalDate today = clock.instant().atZone(LoanDesk.BRUSSELS).toLocalDate();
			Map<String, LoanPolicy> policyCache = new HashMap<>();
			int count = 0;
			for (Loan loan : loans.activeWithPersonDueBefore(today.plusDays(60))) {
				LoanPolicy policy = policyCache.computeIfAbsent(loan.digibankId() + ":" + loan.device().category(),
						key -> policies.policy(loan.digibankId(), loan.device().category()));
				count += remind(loan, policy, today);
			}
			return count;
		});
		int result = taken == null ? 0 : taken;
		LOG.info("loan reminders: {} steps taken", result);
		return result;
	}

	private int remind(Loan loan, LoanPolicy policy, LocalDate today) {
		long overdue = loan.overdueDays(today);
		String base = "loan:" + loan.id() + ":";
		if (overdue == 0) {
			boolean dueSoon = policy.dueSoonDays() > 0 && !today.isBefore(loan.dueOn().minusDays(policy.dueSoonDays()))
					&& !today.isAfter(loan.dueOn());
			return dueSoon && send(loan, base + "due-soon", "due-soon", "lending.due-soon", Set.of(), Map.of(), "") ? 1 : 0;
		}
		List<LoanPolicy.ReminderStep> reached = policy.overdueSteps().stream().filter(step -> step.days() <= overdue).toList();
		if (reached.isEmpty()) {
			return 0;
		}
		LoanPolicy.ReminderStep latest = reached.stream().max(Comparator.comparingInt(LoanPolicy.ReminderStep::days)).orElseThrow();
		for (LoanPolicy.ReminderStep earlier : reached) {
			if (earlier != latest) {
				loans.recordReminder(loan.digibankId(), loan.id(), base + "overdue:" + earlier.days(), "overdue:" + earlier.days(), "", "SKIPPED",
						clock.instant(), "");
			}
		}
		String reference = base + "overdue:" + latest.days();
		if (latest.call()) {
			if (!loans.recordReminder(loan.digibankId(), loan.id(), reference, "overdue:" + latest.days(), "CALL", "CALL_LIST", clock.instant(),
					"")) {
				return 0;
			}
			Loan locked = loans.lock(loan.digibankId(), loan.id()).orElseThrow();
			locked.putOnCallList();
			loans.update(locked);
			return 1;
		}
		return send(loan, reference, "overdue:" + latest.days(), "lending.overdue", latest.channels(),
				Map.of("daysOverdue", Long.toString(overdue)), "") ? 1 : 0;
	}

	/** A reminder by hand from the loan's page ("send reminder now"), on the person's preferred channels. */
	@Transactional
	public void remindNow(Actor actor, LoanId id) {
		Loan loan = loans.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!loan.active()) {
			throw new LoanRefused("actions", "lending.loan.ended");
		}
		if (loan.borrower().person() == null) {
			throw new LoanRefused("actions", "lending.loan.reminder.organisation");
		}
		if (!send(loan, "loan:" + id + ":manual:" + clock.instant().toEpochMilli(), "manual", "lending.manual-reminder", Set.of(), Map.of(),
				actor.displayName())) {
			throw new LoanRefused("actions", "lending.loan.reminder.noContact");
		}
		audit.record(actor, actor.tenant(), AuditAction.CHANGE, LoanDesk.RECORD, id, loan.device().assetTag() + ": reminder sent by hand");
	}

	/**
	 * Records the step and publishes the notice, both once; false when already recorded or the person asked for no contact.
	 */
	private boolean send(Loan loan, String reference, String step, String template, Set<NoticeChannel> channels, Map<String, String> extra,
			String byName) {
		DigibankId digibank = loan.digibankId();
		Optional<PersonContact> contact = people.contact(digibank, loan.borrower().person());
		if (contact.isEmpty() || contact.get().noContact()) {
			loans.recordReminder(digibank, loan.id(), reference, step, "", "NO_CONTACT", clock.instant(), byName);
			return false;
		}
		String channelText = channels.stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
		if (!loans.recordReminder(digibank, loan.id(), reference, step, channelText, "SENT", clock.instant(), byName)) {
			return false;
		}
		Map<String, String> values = new HashMap<>(extra);
		values.put("name", contact.get().displayName());
		values.put("device", loan.device().label());
		values.put("dueDate", LoanDesk.NOTICE_DATE.format(loan.dueOn()));
		values.put("location", loan.locationId() == null
				? ""
				: network.location(digibank, loan.locationId()).map(LocationSummary::name).orElse(""));
		events.publishEvent(new PersonNotice(digibank, loan.borrower().person().value(), template, values, PersonNotice.Importance.ESSENTIAL,
				channels, reference));
		return true;
	}
}
