package be.digibank.lending;

import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanDesk.CheckoutCommand;
import be.digibank.lending.LoanDesk.IncidentCommand;
import be.digibank.lending.LoanDesk.ReturnCommand;
import be.digibank.lending.LoanRepository.LoanFilter;
import be.digibank.lending.LoanViews.LoanDetails;
import be.digibank.lending.LoanViews.LoanRow;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.ApiErrors.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loans as JSON with the same rules and permissions as the pages: a refused rule is a 422 with the message on its
 * field, the race for a device a 409 (from the shared error advice).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lending", description = "Loans of your digibank: list, checkout and return")
class LoanApi {

	private final LoanDesk desk;
	private final LoanLabels labels;
	private final jakarta.validation.Validator validator;

	LoanApi(LoanDesk desk, LoanLabels labels, jakarta.validation.Validator validator) {
		this.desk = desk;
		this.labels = labels;
		this.validator = validator;
	}

	/** A checkout: a device and either a person or an organisation; the rest as on the checkout page. */
	record CheckoutRequest(@NotBlank String deviceId, @Nullable String personId, @Nullable @Size(max = 200) String organisationName,
			@Nullable @Size(max = 200) String organisationContact, @Nullable @Size(max = 50) String organisationPhone, @Nullable String locationId,
			@Nullable LocalDate dueOn, @Nullable @PositiveOrZero Long depositCents,
			@Nullable @Pattern(regexp = "CASH|TRANSFER|WAIVED|NONE") String depositMethod,
			@Nullable @Size(max = 500) String depositWaiverReason, @Nullable @Size(max = 500) String overrideReason,
			@Nullable @Size(max = 2000) String goalPlan, @Nullable Boolean conditionConfirmed, @Nullable Set<String> explained,
			@Nullable @Size(max = 500) String accessories, @Nullable Boolean signedOnPaper) {
	}

	/** A return: the check-in and the deposit refunded (in cents). */
	record ReturnRequest(@Nullable Integer version, @Nullable Boolean complete, @Nullable Boolean accessoriesBack,
			@NotBlank @Pattern(regexp = "A|B|C") String conditionGrade,
			@Nullable @Size(max = 2000) String damageNotes, @Nullable @PositiveOrZero Long refundCents,
			@Nullable @Size(max = 500) String retentionReason,
			@Nullable @Pattern(regexp = "REPLACEMENT_VALUE|FLAT_RATE|WAIVE") String damageDecision, @Nullable Long damageAmountCents,
			@Nullable @Size(max = 500) String damageReason) {
	}

	record Created(String id) {
	}

	@GetMapping("/loans")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	@Operation(summary = "Loans of your digibank, filtered by active, person, device and location")
	public List<LoanRow> loans(@RequestParam(defaultValue = "true") boolean active, @RequestParam(defaultValue = "") String person,
			@RequestParam(defaultValue = "") String device, @RequestParam(defaultValue = "") String location) {
		return desk.list(CurrentActor.get(), new LoanFilter(active, PersonId.parse(person).orElse(null), DeviceId.parse(device).orElse(null),
				LocationId.parse(location).orElse(null), null, 1000));
	}

	@GetMapping("/loans/{loanId}")
	@PreAuthorize("hasAuthority('LOAN_VIEW')")
	@Operation(summary = "One loan with its deposit, handover, incidents and reminders")
	public LoanDetails loan(@PathVariable String loanId) {
		return desk.details(CurrentActor.get(), LoanController.id(loanId), true);
	}

	@PostMapping("/loans")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	@Operation(summary = "Lend a device (checkout); 409 when the device was just lent elsewhere")
	public ResponseEntity<Created> checkout(@Valid @RequestBody CheckoutRequest request) {
		DeviceId device = DeviceId.parse(request.deviceId()).orElseThrow(() -> new LoanRefused("deviceId", "lending.loan.device.unknown"));
		PersonId person = text(request.personId()).isEmpty()
				? null
				: PersonId.parse(request.personId()).orElseThrow(() -> new LoanRefused("personId", "lending.loan.person.unknown"));
		LocationId location = text(request.locationId()).isEmpty()
				? null
				: LocationId.parse(request.locationId()).orElseThrow(() -> new LoanRefused("locationId", "lending.loan.location.unknown"));
		LoanId id = desk.checkout(CurrentActor.get(),
				new CheckoutCommand(device, person, text(request.organisationName()), text(request.organisationContact()),
						text(request.organisationPhone()), location, request.dueOn(), request.depositCents() == null ? 0 : request.depositCents(),
						Loan.DepositMethod.valueOf(text(request.depositMethod()).isEmpty() ? "NONE" : request.depositMethod()),
						text(request.depositWaiverReason()), text(request.overrideReason()), text(request.goalPlan()),
						Boolean.TRUE.equals(request.conditionConfirmed()),
						request.explained() == null ? Set.of() : request.explained(), text(request.accessories()), null,
						Boolean.TRUE.equals(request.signedOnPaper())));
		return ResponseEntity.created(URI.create("/api/v1/loans/" + id)).body(new Created(id.toString()));
	}

	@PostMapping("/loans/{loanId}/return")
	@PreAuthorize("hasAuthority('LOAN_LEND')")
	@Operation(summary = "Register the return of a loan: check-in, deposit refund, optional damage decision; answers with what it settled")
	public ResponseEntity<?> registerReturn(@PathVariable String loanId, @RequestBody ReturnRequest request, Locale locale) {
		LoanId id = LoanController.id(loanId);
		Map<String, String> invalid = new java.util.LinkedHashMap<>();
		validator.validate(request).forEach(violation -> invalid.putIfAbsent(violation.getPropertyPath().toString(),
				labels.t(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), locale)));
		if (!invalid.isEmpty()) {
			// the loan must be this digibank's before anything about the body is answered (a valid body finds out in the return)
			desk.loan(CurrentActor.get(), id);
			return ResponseEntity.badRequest().body(new ApiError(400, "invalid", invalid));
		}
		IncidentCommand damage = text(request.damageDecision()).isEmpty()
				? null
				: new IncidentCommand(LoanIncident.Kind.DAMAGE, text(request.damageNotes()), LoanIncident.Decision.valueOf(request.damageDecision()),
						request.damageAmountCents() == null ? 0 : request.damageAmountCents(), text(request.damageReason()));
		return ResponseEntity.ok(desk.registerReturn(CurrentActor.get(), id,
				new ReturnCommand(request.version() == null ? -1 : request.version(), Boolean.TRUE.equals(request.complete()),
						Boolean.TRUE.equals(request.accessoriesBack()),
						request.conditionGrade(), text(request.damageNotes()), request.refundCents() == null ? 0 : request.refundCents(),
						text(request.retentionReason()), damage)));
	}

	@ExceptionHandler(LoanRefused.class)
	ResponseEntity<ApiError> refused(LoanRefused refused, Locale locale) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(new ApiError(422, "refused", Map.of(refused.field(), labels.refused(refused, locale))));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
