package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.DeviceId;
import be.digibank.inventory.DeviceLending;
import be.digibank.inventory.DeviceLending.LendableDevice;
import be.digibank.inventory.DeviceState;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.lending.LoanRepository.LoanFilter;
import be.digibank.lending.LoanViews.BlockRow;
import be.digibank.lending.LoanViews.IncidentRow;
import be.digibank.lending.LoanViews.LoanDetails;
import be.digibank.lending.LoanViews.LoanRow;
import be.digibank.lending.LoanViews.Overview;
import be.digibank.network.LocationId;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.people.EligibilityVerdict;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.people.PersonSummary;
import be.digibank.people.Service;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lending counter: checkout with the policy, eligibility, blocks and limits applied; return and inspection; loss,
 * theft and gifts; extensions; incidents and blocks. Every change is one transaction with its audit entry and its
 * event, so a listener that refuses (the device is held for someone else) undoes all of it.
 */
@Component
class LoanDesk {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	static final String RECORD = "Loan";
	static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
	static final Set<String> EXPLAINED = Set.of("WIFI", "CARE", "HELP", "RULES", "CHARGING");
	static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");

	private final LoanRepository loans;
	private final LoanPolicyRepository policies;
	private final DeviceLending devices;
	private final PeopleRegister people;
	private final Network network;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	LoanDesk(LoanRepository loans, LoanPolicyRepository policies, DeviceLending devices, PeopleRegister people, Network network, AuditTrail audit,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.loans = loans;
		this.policies = policies;
		this.devices = devices;
		this.people = people;
		this.network = network;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** What a checkout asks for. Either a person or an organisation borrows. */
	record CheckoutCommand(DeviceId device, @Nullable PersonId person, String organisationName, String organisationContact,
			String organisationPhone, @Nullable LocationId location, @Nullable LocalDate dueOn, long depositCents, Loan.DepositMethod depositMethod,
			String depositWaiverReason, String overrideReason, String goalPlan, boolean conditionConfirmed, Set<String> explained,
			String accessories, @Nullable String signaturePng, boolean signedOnPaper) {
	}

	LocalDate today() {
		return clock.instant().atZone(BRUSSELS).toLocalDate();
	}

	@Transactional(readOnly = true)
	public LoanViews.CheckoutPreview preview(Actor actor, @Nullable DeviceId deviceId, @Nullable PersonId personId) {
		DigibankId digibank = actor.tenant();
		LendableDevice device = deviceId == null ? null : devices.device(digibank, deviceId).orElse(null);
		PersonSummary person = personId == null ? null : people.person(digibank, personId).orElse(null);
		LoanPolicy policy = device == null ? null : policies.policy(digibank, device.category());
		EligibilityVerdict verdict = person == null ? null : people.eligibility(digibank, person.id(), Service.LENDING).orElse(null);
		List<BlockRow> blocks = person == null ? List.of() : loans.blocks(digibank, person.id(), true);
		int active = person == null
				? 0
				: loans.rows(digibank, new LoanFilter(true, person.id(), null, null, null, 100), today(), Map.of()).size();
		boolean waived = policy != null && verdict != null && verdict.eligible() && policy.depositWaivedBy(verdict.proofType());
		return new LoanViews.CheckoutPreview(device, person, verdict, policy == null ? null : LoanViews.PolicyRow.of(policy),
				policy == null ? null : policy.dueOn(today()),
				policy == null ? 0 : waived ? 0 : policy.depositCents(), waived, blocks, active);
	}

	@Transactional(readOnly = true)
	public Optional<LendableDevice> deviceByCode(Actor actor, String code) {
		return devices.byCode(actor.tenant(), code);
	}

	@Transactional(readOnly = true)
	public List<PersonSummary> searchPeople(Actor actor, String typed) {
		return typed.isBlank() ? List.of() : people.search(actor, typed);
	}

	/**
	 * Lends a device. Refusals (unknown device, not available, blocked, too many loans, not eligible without an allowed
	 * override, bad dates or deposit) are thrown as {@link LoanRefused} before anything is written. A second counter
	 * lending the same device at the same moment waits for the device's row lock and is then refused (on loan); a loan
	 * written around that lock still meets the database's unique index (one active loan per device): a
	 * {@link ConflictException}.
	 */
	@Transactional
	public LoanId checkout(Actor actor, CheckoutCommand command) {
		DigibankId digibank = actor.tenant();
		LocalDate today = today();
		// locked from the start: a second counter lending it now waits here and then finds it on loan
		DeviceLending.LockedDevice locked = devices.lockForLoan(digibank, command.device())
				.orElseThrow(() -> new LoanRefused("code", "lending.loan.device.unknown"));
		LendableDevice device = locked.device();
		if (device.state() == DeviceState.ON_LOAN) {
			throw new LoanRefused("code", "lending.loan.device.onLoan");
		}
		if (!device.lendable()) {
			throw new LoanRefused("code", "lending.loan.device.notAvailable",
					new DefaultMessageSourceResolvable("deviceState." + device.state().name()));
		}
		LoanPolicy policy = policies.policy(digibank, device.category());
		if (command.location() != null && network.location(digibank, command.location()).isEmpty()) {
			throw new LoanRefused("locationId", "lending.loan.location.unknown");
		}
		Loan.Borrower borrower;
		String eligibilityReason = "";
		String overrideReason = "";
		String language = "nl";
		@Nullable
		String proofType = null;
		if (command.person() != null) {
			PersonSummary person = people.person(digibank, command.person())
					.orElseThrow(() -> new LoanRefused("personId", "lending.loan.person.unknown"));
			borrower = Loan.Borrower.person(person.id(), person.displayName());
			List<BlockRow> blocks = loans.blocks(digibank, person.id(), true);
			if (!blocks.isEmpty()) {
				throw new LoanRefused("personId", "lending.loan.blocked", blocks.getFirst().message());
			}
			if (loans.lockAndCountActiveLoans(digibank, person.id()) >= policy.maxConcurrentLoans()) {
				throw new LoanRefused("personId", "lending.loan.tooMany", policy.maxConcurrentLoans());
			}
			if (policy.eligibilityRequired()) {
				EligibilityVerdict verdict = people.eligibility(digibank, person.id(), Service.LENDING)
						.orElseThrow(() -> new LoanRefused("personId", "lending.loan.person.unknown"));
				eligibilityReason = verdict.reasonKey() + (verdict.proofType() == null ? "" : ":" + verdict.proofType());
				if (verdict.eligible()) {
					proofType = verdict.proofType();
				} else {
					overrideReason = command.overrideReason().strip();
					if (overrideReason.length() < 5) {
						throw new LoanRefused("overrideReason", "lending.loan.eligibility.overrideNeeded");
					}
					if (!actor.can(Permission.ELIGIBILITY_OVERRIDE)) {
						throw new LoanRefused("overrideReason", "lending.loan.eligibility.overrideNotAllowed");
					}
				}
			}
			language = people.contact(digibank, person.id()).map(PersonContact::language).filter(LANGUAGES::contains).orElse("nl");
		} else {
			if (command.organisationName().isBlank()) {
				throw new LoanRefused("personId", "lending.loan.borrower.required");
			}
			if (command.organisationContact().isBlank()) {
				throw new LoanRefused("organisationContact", "lending.loan.organisationContact.required");
			}
			borrower = Loan.Borrower.organisation(command.organisationName(), command.organisationContact(), command.organisationPhone());
		}
		Loan.Deposit deposit = policy.depositWaivedBy(proofType)
				? Loan.Deposit.received(0, Loan.DepositMethod.WAIVED, "proof:" + proofType)
				: Loan.Deposit.received(command.depositCents(), command.depositMethod(), command.depositWaiverReason());
		Set<String> explained = command.explained().stream().filter(EXPLAINED::contains).collect(Collectors.toSet());
		Loan.Handover handover = new Loan.Handover(explained, command.accessories(),
				policy.goalPlan() == LoanPolicy.GoalPlan.NONE ? "" : command.goalPlan(), policy.conditionText(), command.signaturePng(),
				command.signaturePng() != null, command.signedOnPaper(), language);
		LocationId location = command.location() != null ? command.location() : device.locationId();
		Loan loan = Loan.start(digibank,
				new Loan.LentDevice(device.id(), device.assetTag(), device.category(), device.label(), device.serial() == null ? "" : device.serial(),
						device.replacementValueCents()),
				borrower, location, today, command.dueOn() == null ? policy.dueOn(today) : command.dueOn(), deposit, eligibilityReason,
				overrideReason, handover, policy, command.conditionConfirmed(), actor.displayName());
		try {
			loans.insert(loan, actor);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new ConflictException("lending.loan.checkout.taken");
			}
			throw refused;
		}
		// the loan's audit line goes in the same insert as the device's: one statement for both
		devices.lend(actor, locked, new DeviceLending.Reach(loan.id().value(), borrower.person(), today), "loan " + loan.id(),
				List.of(new AuditTrail.Line(AuditAction.CREATE, RECORD, loan.id(), device.assetTag() + " → " + borrower.displayName() + ", due "
						+ loan.dueOn() + (overrideReason.isEmpty() ? "" : ", eligibility overridden: " + overrideReason))));
		if (borrower.person() != null) {
			people.recordService(digibank, borrower.person(), Service.LENDING.name(),
					nl("lending.loan.timeline.started", device.label(), NOTICE_DATE.format(loan.dueOn())), clock.instant());
		}
		events.publishEvent(new LoanStarted(digibank, loan.id(), device.id(), device.category(), borrower.person(), today, loan.dueOn()));
		return loan.id();
	}

	@Transactional
	public LoanDetails details(Actor actor, LoanId id, boolean audited) {
		Loan loan = loans.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (audited && loan.borrower().person() != null) {
			audit.record(actor, actor.tenant(), AuditAction.VIEW, RECORD, id, loan.device().assetTag());
		}
		DigibankId digibank = actor.tenant();
		LoanPolicy policy = policies.policy(digibank, loan.device().category());
		// the row from the loan just read and the one location's name: not the device's whole loan history again
		String locationName = loan.locationId() == null
				? ""
				: network.location(digibank, loan.locationId()).map(LocationSummary::name).orElse("");
		LoanRow row = row(loan, today(), locationName);
		Loan.Deposit d = loan.deposit();
		Loan.Handover h = loan.handover();
		return new LoanDetails(row, loan.device().serial(), loan.device().replacementValueCents(), loan.borrower().organisationContact(),
				loan.borrower().organisationPhone(), d.method().name(), d.waiverReason(), d.refundedCents(), d.retainedCents(), d.retentionReason(),
				loan.eligibilityReason(), loan.overrideReason(), h.goalPlan(), h.conditionText(), h.explained().stream().sorted().toList(),
				h.accessories(), h.signedOnScreen(), h.signedOnPaper(), h.language(), loan.giftAfterTrack(), loan.returnedComplete(),
				loan.accessoriesBack(), loan.conditionGrade(), loan.damageNotes(), loan.lentByName(), loan.endedByName(), policy.maxExtensions(),
				loan.version(), loans.incidents(digibank, loan.id(), false, null), loans.reminders(digibank, loan.id()));
	}

	/** The list row of a loan, as {@link LoanRepository#rows} reads it from the table. */
	static LoanRow row(Loan loan, LocalDate today, String locationName) {
		Loan.LentDevice device = loan.device();
		Loan.Borrower borrower = loan.borrower();
		return new LoanRow(loan.id().value(), device.id().value(), device.assetTag(), device.category().name(), device.label(),
				borrower.person() == null ? null : borrower.person().value(), borrower.displayName(), !borrower.organisationName().isEmpty(),
				loan.locationId() == null ? null : loan.locationId().value(), locationName, loan.startsOn(), loan.dueOn(), loan.overdueDays(today),
				loan.extensions(), loan.deposit().cents(), loan.deposit().held(), loan.ending() == null ? null : loan.ending().name(), loan.endedOn(),
				loan.onCallList(), borrower.organisationPhone());
	}

	/** The loan itself, for the agreement document. */
	@Transactional(readOnly = true)
	public Loan loan(Actor actor, LoanId id) {
		return loans.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<LoanId> activeLoanOf(Actor actor, DeviceId device) {
		return loans.activeLoanOf(actor.tenant(), device);
	}

	/** A later due date; the queue's listener of {@link LoanExtended} refuses when someone waits for this category. */
	@Transactional
	public LocalDate extend(Actor actor, LoanId id, int version) {
		Loan loan = locked(actor, id, version);
		LocalDate due = loan.extend(policies.policy(actor.tenant(), loan.device().category()));
		loans.update(loan);
		audit.record(actor, actor.tenant(), AuditAction.CHANGE, RECORD, id, loan.device().assetTag() + ": extended to " + due);
		events.publishEvent(new LoanExtended(actor.tenant(), id, loan.device().id(), loan.device().category(), due));
		return due;
	}

	/** What the return asks: the check-in checklist, the deposit refunded, and an optional damage incident. */
	record ReturnCommand(int version, boolean complete, boolean accessoriesBack, String conditionGrade, String damageNotes, long refundCents,
			String retentionReason, @Nullable IncidentCommand incident) {
	}

	/** An incident's decision. */
	record IncidentCommand(LoanIncident.Kind kind, String description, LoanIncident.Decision decision, long flatRateCents, String reason) {
	}

	/**
	 * The device is back: checked in, the deposit settled, the device to sanitisation (RETURNED). Answers with what the
	 * return settled, from the loan changed here (its update raised the version by one), without reading anything again.
	 */
	@Transactional
	public LoanViews.Returned registerReturn(Actor actor, LoanId id, ReturnCommand command) {
		Loan loan = locked(actor, id, command.version());
		if (!Set.of("A", "B", "C").contains(command.conditionGrade())) {
			throw new LoanRefused("conditionGrade", "lending.loan.conditionGrade.required");
		}
		Instant now = clock.instant();
		loan.registerReturn(now, today(), command.complete(), command.accessoriesBack(), command.conditionGrade(), command.damageNotes(),
				command.refundCents(), command.retentionReason(), actor.displayName());
		loans.update(loan);
		if (command.incident() != null) {
			recordIncident(actor, loan, command.incident(), now);
		}
		LendableDevice device = devices.takeBack(actor, loan.device().id(), "return of loan " + id,
				List.of(ended(loan, "returned, grade " + command.conditionGrade() + ", refund " + command.refundCents())));
		published(actor, loan);
		Loan.Deposit deposit = loan.deposit();
		return new LoanViews.Returned(id.value(), loan.version() + 1, loan.ending().name(), loan.endedOn(), command.conditionGrade(),
				deposit.refundedCents(), deposit.retainedCents(), device.state().name());
	}

	/** What a loss or theft asks: the incident's decision and the deposit refunded (often nothing). */
	record LossCommand(int version, Ending ending, String description, LoanIncident.Decision decision, long flatRateCents, String reason,
			long refundCents, String retentionReason) {
	}

	/** Lost or stolen: the loan ends without the device, which is written off; the decision is recorded as an incident. */
	@Transactional
	public void registerLoss(Actor actor, LoanId id, LossCommand command) {
		Loan loan = locked(actor, id, command.version());
		Instant now = clock.instant();
		loan.registerLoss(command.ending(), now, today(), command.description(), command.refundCents(), command.retentionReason(),
				actor.displayName());
		loans.update(loan);
		LoanIncident.Kind kind = command.ending() == Ending.STOLEN ? LoanIncident.Kind.THEFT : LoanIncident.Kind.LOSS;
		recordIncident(actor, loan, new IncidentCommand(kind, command.description(), command.decision(), command.flatRateCents(), command.reason()),
				now);
		devices.writeOff(actor, loan.device().id(), command.ending().name().toLowerCase(Locale.ROOT) + " during loan " + id);
		finish(actor, loan, command.ending() + ", " + command.decision());
	}

	/** The borrower completed the track: the loan ends as a gift, the device is given away, recorded as a donation. */
	@Transactional
	public void convertToGift(Actor actor, LoanId id, int version) {
		Loan loan = locked(actor, id, version);
		loan.convertToGift(clock.instant(), today(), actor.displayName());
		loans.update(loan);
		devices.giveAway(actor, loan.device().id(), "gift to the borrower after loan " + id);
		if (loan.borrower().person() != null) {
			people.recordService(actor.tenant(), loan.borrower().person(), Service.LENDING.name(),
					nl("lending.loan.timeline.gift", loan.device().label()), clock.instant());
		}
		finish(actor, loan, "converted to a gift (donation to the borrower)");
	}

	@Transactional
	public void followIncident(Actor actor, UUID incidentId, int version, LoanIncident.Status status) {
		LoanIncident incident = loans.incident(actor.tenant(), incidentId).orElseThrow(NotFoundException::new);
		if (incident.version() != version) {
			throw new ConflictException("error.409.concurrent");
		}
		LoanIncident next = incident.follow(status);
		loans.updateIncidentStatus(actor.tenant(), next);
		audit.record(actor, actor.tenant(), AuditAction.CHANGE, "LoanIncident", incidentId, incident.status() + " → " + status);
	}

	@Transactional(readOnly = true)
	public LoanId loanOfIncident(Actor actor, UUID incidentId) {
		return loans.incident(actor.tenant(), incidentId).map(LoanIncident::loanId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public UUID placeBlock(Actor actor, PersonId person, String message, String reason) {
		people.person(actor.tenant(), person).orElseThrow(NotFoundException::new);
		if (message.isBlank()) {
			throw new LoanRefused("message", "lending.block.message.required");
		}
		if (reason.isBlank()) {
			throw new LoanRefused("reason", "lending.block.reason.required");
		}
		BorrowerBlock block = new BorrowerBlock(UUID.randomUUID(), person, message.strip(), reason.strip(), actor.displayName(), clock.instant(),
				null,
				"", "");
		loans.insertBlock(actor.tenant(), block, actor);
		audit.record(actor, actor.tenant(), AuditAction.CREATE, "BorrowerBlock", block.id(), "person " + person + ": " + block.reason());
		return block.id();
	}

	@Transactional(readOnly = true)
	public PersonId personOfBlock(Actor actor, UUID block) {
		return loans.blockedPersonOf(actor.tenant(), block).map(PersonId::new).orElseThrow(NotFoundException::new);
	}

	/** Lifts a block (coordinators only, checked by the permission); returns the person. */
	@Transactional
	public PersonId liftBlock(Actor actor, UUID block, String reason) {
		UUID person = loans.blockedPersonOf(actor.tenant(), block).orElseThrow(NotFoundException::new);
		if (reason.isBlank()) {
			throw new LoanRefused("liftReason", "lending.block.liftReason.required");
		}
		if (!loans.liftBlock(actor.tenant(), block, actor.displayName(), reason.strip(), clock.instant())) {
			throw new ConflictException("lending.block.alreadyLifted");
		}
		audit.record(actor, actor.tenant(), AuditAction.CHANGE, "BorrowerBlock", block, "lifted: " + reason.strip());
		return new PersonId(person);
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor actor, @Nullable LocationId location, boolean withPhones) {
		DigibankId digibank = actor.tenant();
		LocalDate today = today();
		List<LoanRow> out = loans.rows(digibank, LoanFilter.active(location), today, locationNames(digibank));
		List<LoanRow> dueThisWeek = out.stream().filter(r -> r.overdueDays() == 0 && !r.dueOn().isAfter(today.plusDays(7))).toList();
		List<LoanRow> overdue = out.stream().filter(r -> r.overdueDays() > 0).toList();
		List<LoanRow> callList = overdue.stream().filter(LoanRow::onCallList).map(r -> withPhone(digibank, r, withPhones)).toList();
		List<LoanRow> deposits = out.stream().filter(LoanRow::depositHeld).toList();
		return new Overview(out, dueThisWeek, overdue, callList, deposits, deposits.stream().mapToLong(LoanRow::depositCents).sum(),
				loans.incidents(digibank, null, true, location));
	}

	private LoanRow withPhone(DigibankId digibank, LoanRow row, boolean allowed) {
		String phone = !allowed
				? ""
				: row.personId() == null ? row.phone() : people.contact(digibank, new PersonId(row.personId())).map(PersonContact::phone).orElse("");
		return new LoanRow(row.id(), row.deviceId(), row.assetTag(), row.category(), row.deviceLabel(), row.personId(), row.borrowerName(),
				row.organisation(), row.locationId(), row.locationName(), row.startsOn(), row.dueOn(), row.overdueDays(), row.extensions(),
				row.depositCents(), row.depositHeld(), row.ending(), row.endedOn(), row.onCallList(), phone);
	}

	@Transactional(readOnly = true)
	public List<LoanRow> list(Actor actor, LoanFilter filter) {
		return loans.rows(actor.tenant(), filter, today(), locationNames(actor.tenant()));
	}

	/** The loans and blocks of a person (audited: a read of person-related detail). */
	@Transactional
	public PersonSummary borrower(Actor actor, PersonId person) {
		PersonSummary summary = people.person(actor.tenant(), person).orElseThrow(NotFoundException::new);
		audit.record(actor, actor.tenant(), AuditAction.VIEW, "LoanHistory", person, "loans of the person");
		return summary;
	}

	@Transactional(readOnly = true)
	public List<BlockRow> blocks(Actor actor, PersonId person) {
		return loans.blocks(actor.tenant(), person, false);
	}

	@Transactional(readOnly = true)
	public LendableDevice device(Actor actor, DeviceId device) {
		return devices.device(actor.tenant(), device).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<LocationSummary> locations(Actor actor) {
		return network.locations(actor.tenant());
	}

	@Transactional(readOnly = true)
	public List<IncidentRow> openIncidents(Actor actor) {
		return loans.incidents(actor.tenant(), null, true, null);
	}

	private void recordIncident(Actor actor, Loan loan, IncidentCommand command, Instant now) {
		LoanIncident incident = LoanIncident.decide(loan.id(), command.kind(), command.description(), command.decision(), command.flatRateCents(),
				loan.device().replacementValueCents(), command.reason(), actor.displayName(), now);
		loans.insertIncident(actor.tenant(), incident);
		audit.record(actor, actor.tenant(), AuditAction.CREATE, "LoanIncident", incident.id(),
				loan.device().assetTag() + ": " + incident.kind() + ", " + incident.decision() + " " + incident.amountCents());
	}

	private void finish(Actor actor, Loan loan, String summary) {
		audit.record(actor, actor.tenant(), List.of(ended(loan, summary)));
		published(actor, loan);
	}

	private static AuditTrail.Line ended(Loan loan, String summary) {
		return new AuditTrail.Line(AuditAction.CHANGE, RECORD, loan.id(), loan.device().assetTag() + ": " + summary);
	}

	private void published(Actor actor, Loan loan) {
		events.publishEvent(new LoanEnded(actor.tenant(), loan.id(), loan.device().id(), loan.device().category(), loan.borrower().person(),
				loan.endedOn(), loan.ending()));
	}

	private Loan locked(Actor actor, LoanId id, int version) {
		Loan loan = loans.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		loan.expectVersion(version);
		return loan;
	}

	Map<UUID, String> locationNames(DigibankId digibank) {
		return network.locations(digibank).stream().collect(Collectors.toMap(l -> l.id().value(), LocationSummary::name, (a, b) -> a));
	}

	private String nl(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, Locale.forLanguageTag("nl"));
	}
}
