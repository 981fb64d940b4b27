package be.digibank.inventory;

import be.digibank.inventory.QualityChecklist.Answer;
import be.digibank.inventory.WorkshopViews.QualityCheckRow;
import be.digibank.inventory.WorkshopViews.QualityCheckSheet;
import be.digibank.inventory.WorkshopViews.RepairDetails;
import be.digibank.inventory.WorkshopViews.RepairRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.ApiErrors.ApiError;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workshop as JSON: quality checks and repairs of our devices, with the permissions, tenant scope and rules of the
 * pages (the same administration services; a stale version answers 409, a refused rule 409, bad input 422 per field).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workshop", description = "Quality checks and repairs of your digibank's devices")
class WorkshopApi {

	/** One answer of a quality check: the checklist item (from the sheet), PASS, FAIL or NOT_APPLICABLE, and a note. */
	record QualityAnswer(@Nullable String itemId, @Nullable String result, @Nullable String note) {
	}

	/** A quality check of a device seen at {@code version}, with an answer for every item of its sheet. */
	record QualityCheckRequest(@Nullable Integer version, @Nullable Integer batteryPercent, @Nullable String notes,
			@Nullable List<QualityAnswer> answers) {
	}

	/** Passed, or failed with the repair that was opened for it. */
	record QualityCheckDone(boolean passed, @Nullable UUID repairId) {
	}

	/** Opens a repair of one of our devices, found by asset tag or serial. */
	record RepairRequest(@Nullable String deviceCode, @Nullable String problem) {
	}

	/**
	 * The work on a repair seen at {@code version}; an outcome (FIXED, REPAIRABLE_LATER, END_OF_LIFE) closes it and moves
	 * the device. Fields left out keep what the repair has.
	 */
	record RepairWorkRequest(@Nullable Integer version, @Nullable String problem, @Nullable String diagnosis,
			@Nullable Integer minutesSpent, @Nullable String outcome, @Nullable String barrier, @Nullable String returnedOn,
			@Nullable Boolean trainee, @Nullable String trainingTrack) {
	}

	private final QualityCheckAdministration checks;
	private final RepairAdministration repairs;
	private final DeviceAdministration devices;
	private final InventoryLabels labels;

	WorkshopApi(QualityCheckAdministration checks, RepairAdministration repairs, DeviceAdministration devices, InventoryLabels labels) {
		this.checks = checks;
		this.repairs = repairs;
		this.devices = devices;
		this.labels = labels;
	}

	@GetMapping("/devices/{deviceId}/quality-checks")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	@Operation(summary = "The quality checks of a device, newest first, with every item's result")
	public List<QualityCheckRow> qualityChecks(@PathVariable String deviceId) {
		Actor actor = CurrentActor.get();
		return checks.history(actor, devices.existing(actor, DeviceController.id(deviceId)), 200);
	}

	@GetMapping("/devices/{deviceId}/quality-checks/sheet")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	@Operation(summary = "The checklist to answer for a device in refurbishment, with the device's version; 409 in another state")
	public QualityCheckSheet qualityCheckSheet(@PathVariable String deviceId) {
		Actor actor = CurrentActor.get();
		return checks.sheet(actor, devices.existing(actor, DeviceController.id(deviceId)));
	}

	@PostMapping("/devices/{deviceId}/quality-checks")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	@Operation(summary = "Record a quality check: passed moves the device to quality-checked, failed opens a repair (201); "
			+ "422 names the unanswered items, 409 when the version is stale or the device is not in refurbishment")
	public ResponseEntity<?> runQualityCheck(@PathVariable String deviceId, @RequestBody(required = false) @Nullable QualityCheckRequest request,
			Locale locale) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		if (request == null || request.version() == null) {
			return invalid(Map.of("version", labels.t("NotBlank", locale)));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Map<UUID, Answer> answers = new HashMap<>();
		List<QualityAnswer> given = request.answers() == null ? List.of() : request.answers();
		for (int i = 0; i < given.size(); i++) {
			QualityAnswer answer = given.get(i);
			var item = Identifiers.parse(answer.itemId() == null ? "" : answer.itemId());
			QualityChecklist.Result result = DeviceController.parse(QualityChecklist.Result.class, answer.result() == null ? "" : answer.result());
			if (item.isEmpty() || result == null) {
				problems.put("answers[" + i + "]", labels.t("inventory.api.qualityAnswer.invalid", locale));
				continue;
			}
			String note = answer.note() == null ? "" : answer.note();
			answers.put(item.get(), new Answer(result, note.length() > 500 ? note.substring(0, 500) : note));
		}
		String notes = request.notes() == null ? "" : request.notes();
		if (notes.length() > 2000) {
			problems.put("notes", labels.t("inventory.api.tooLong", locale));
		}
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		try {
			QualityCheckAdministration.Outcome outcome = checks.run(actor, id, request.version(), answers, request.batteryPercent(), notes,
					locale);
			return ResponseEntity.status(HttpStatus.CREATED).body(new QualityCheckDone(outcome.passed(), outcome.repairId()));
		} catch (QualityCheckAdministration.Incomplete incomplete) {
			Map<String, String> missing = new LinkedHashMap<>();
			incomplete.problems().forEach((field, key) -> missing.put(field, labels.t(key, locale)));
			return invalid(missing);
		}
	}

	@GetMapping("/repairs")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	@Operation(summary = "The open repairs of your digibank (all of them with all=true), newest first")
	public List<RepairRow> repairs(@RequestParam(defaultValue = "false") boolean all) {
		return repairs.list(CurrentActor.get(), !all);
	}

	@GetMapping("/repairs/{repairId}")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	@Operation(summary = "One repair with its work, parts and version")
	public RepairDetails repair(@PathVariable String repairId) {
		return repairs.details(CurrentActor.get(), id(repairId));
	}

	@PostMapping("/repairs")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	@Operation(summary = "Open a repair of one of your devices (by asset tag or serial); the device goes into repair. 201 with the repair")
	public ResponseEntity<?> openRepair(@RequestBody(required = false) @Nullable RepairRequest request, Locale locale) {
		Actor actor = CurrentActor.get();
		Map<String, String> problems = new LinkedHashMap<>();
		String code = request == null || request.deviceCode() == null ? "" : request.deviceCode().strip();
		String problem = request == null || request.problem() == null ? "" : request.problem().strip();
		if (code.isEmpty()) {
			problems.put("deviceCode", labels.t("inventory.repair.device.required", locale));
		}
		if (problem.isEmpty() || problem.length() > 2000) {
			problems.put("problem", labels.t(problem.isEmpty() ? "NotBlank" : "inventory.api.tooLong", locale));
		}
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		try {
			UUID id = repairs.openForDevice(actor, code, Repair.Work.opened(problem, actor.accountId(), actor.displayName()));
			return ResponseEntity.created(URI.create("/api/v1/repairs/" + id)).body(repairs.details(actor, id));
		} catch (FieldProblem refused) {
			return invalid(Map.of(refused.field(), labels.t(refused.messageKey(), locale)));
		}
	}

	@PostMapping("/repairs/{repairId}/work")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	@Operation(summary = "Record the work and outcome of a repair seen at version; an outcome closes it and moves the device "
			+ "(fixed: back to refurbishing, end of life: retired). 409 when the version is stale")
	public ResponseEntity<?> recordWork(@PathVariable String repairId, @RequestBody(required = false) @Nullable RepairWorkRequest request,
			Locale locale) {
		Actor actor = CurrentActor.get();
		UUID id = id(repairId);
		RepairDetails details = repairs.details(actor, id);
		if (request == null || request.version() == null) {
			return invalid(Map.of("version", labels.t("NotBlank", locale)));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Repair.Outcome outcome = null;
		if (request.outcome() != null && !request.outcome().isBlank()) {
			outcome = DeviceController.parse(Repair.Outcome.class, request.outcome());
			if (outcome == null) {
				problems.put("outcome", labels.t("inventory.api.unknownValue", locale));
			}
		}
		Repair.Barrier barrier = null;
		if (request.barrier() != null && !request.barrier().isBlank()) {
			barrier = DeviceController.parse(Repair.Barrier.class, request.barrier());
			if (barrier == null) {
				problems.put("barrier", labels.t("inventory.api.unknownValue", locale));
			}
		}
		LocalDate returnedOn = details.returnedOn();
		if (request.returnedOn() != null && !request.returnedOn().isBlank()) {
			try {
				returnedOn = LocalDate.parse(request.returnedOn().strip());
			} catch (DateTimeParseException unreadable) {
				problems.put("returnedOn", labels.t("date.invalid", locale));
			}
		}
		String problem = request.problem() == null ? details.repair().problem() : request.problem().strip();
		String diagnosis = request.diagnosis() == null ? details.diagnosis() : request.diagnosis().strip();
		String track = request.trainingTrack() == null ? details.trainingTrack() : request.trainingTrack().strip();
		if (problem.isEmpty()) {
			problems.put("problem", labels.t("NotBlank", locale));
		}
		if (problem.length() > 2000 || diagnosis.length() > 2000 || track.length() > 200) {
			problems.put(problem.length() > 2000 ? "problem" : diagnosis.length() > 2000 ? "diagnosis" : "trainingTrack",
					labels.t("inventory.api.tooLong", locale));
		}
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		StaffAccountId technician = details.technicianId() == null ? null : new StaffAccountId(details.technicianId());
		Repair.Work work = new Repair.Work(problem, diagnosis, technician, details.repair().technicianName(),
				request.trainee() == null ? details.trainee() : request.trainee(), track,
				request.minutesSpent() == null ? details.minutesSpent() : request.minutesSpent(), outcome, barrier, returnedOn);
		try {
			repairs.save(actor, id, request.version(), work);
		} catch (FieldProblem refused) {
			return invalid(Map.of(refused.field(), labels.t(refused.messageKey(), locale)));
		}
		return ResponseEntity.ok(repairs.details(actor, id));
	}

	private static ResponseEntity<ApiError> invalid(Map<String, String> problems) {
		return ResponseEntity.unprocessableContent().body(new ApiError(422, "invalid", problems));
	}

	private static UUID id(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
