package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.WorkshopViews.PartRow;
import be.digibank.inventory.WorkshopViews.RepairDetails;
import be.digibank.inventory.WorkshopViews.RepairRow;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.people.PersonSummary;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import be.digibank.staff.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repairs of our devices and of citizens' own devices. The outcome of a repair of our device moves the device (fixed:
 * back to the step before the repair, so it is checked again; end of life: retired); a citizen's repair is added to the
 * person's timeline.
 */
@Service
class RepairAdministration {

	static final String RECORD = "Repair";
	/** The timeline's name for a repair of a citizen's device. */
	static final String SERVICE = "REPAIR";
	/** Who can be a repair's technician: volunteers and trainees among them. */
	static final Set<Role> TECHNICIANS = EnumSet.of(Role.TECHNICIAN, Role.VOLUNTEER, Role.COORDINATOR, Role.STAFF, Role.TRAINER);

	private final RepairRepository repairs;
	private final DeviceRepository devices;
	private final PeopleRegister people;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Clock clock;

	RepairAdministration(RepairRepository repairs, DeviceRepository devices, PeopleRegister people, StaffDirectory staff, AuditTrail audit,
			Clock clock) {
		this.repairs = repairs;
		this.devices = devices;
		this.people = people;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<StaffAccountId, String> technicians(Actor actor) {
		return staff.members(actor.tenant(), TECHNICIANS);
	}

	@Transactional(readOnly = true)
	public List<PersonSummary> searchPeople(Actor actor, String typed) {
		return typed.isBlank() ? List.of() : people.search(actor, typed);
	}

	@Transactional(readOnly = true)
	public List<RepairRow> list(Actor actor, boolean openOnly) {
		List<Repair> found = repairs.list(actor.tenant(), openOnly);
		Map<UUID, String> tags = repairs.assetTags(actor.tenant(),
				found.stream().filter(r -> r.deviceId() != null).map(r -> r.deviceId().value()).toList());
		return found.stream().map(repair -> row(actor, repair, tags)).toList();
	}

	@Transactional(readOnly = true)
	public List<RepairRow> ofDevice(Actor actor, DeviceId device) {
		List<Repair> found = repairs.ofDevice(actor.tenant(), device);
		Map<UUID, String> tags = repairs.assetTags(actor.tenant(), List.of(device.value()));
		return found.stream().map(repair -> row(actor, repair, tags)).toList();
	}

	/** A repair with its parts; reading a citizen's repair is a read of personal data and is audited. */
	@Transactional
	public RepairDetails details(Actor actor, UUID id) {
		Repair repair = repairs.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		Map<UUID, String> tags = repairs.assetTags(actor.tenant(), repair.deviceId() == null ? List.of() : List.of(repair.deviceId().value()));
		if (repair.citizenDevice() != null) {
			audit.record(AuditAction.VIEW, RECORD, repair.id(), "person " + repair.citizenDevice().person());
		}
		Repair.Work w = repair.work();
		return new RepairDetails(row(actor, repair, tags), repair.citizenDevice() == null ? null : repair.citizenDevice().person().value(),
				w.diagnosis(), w.technicianId() == null ? null : w.technicianId().value(), w.trainee(), w.trainingTrack(), w.minutesSpent(),
				w.barrier() == null ? null : w.barrier().name(), w.returnedOn(),
				repair.parts().stream().map(p -> new PartRow(p.name(), p.costCents())).toList(), repair.partsCostCents(), repair.version());
	}

	/** Opens a repair of one of our devices, found by asset tag or serial; the device goes into repair if it is not yet. */
	@Transactional
	public UUID openForDevice(Actor actor, String code, Repair.Work work) {
		DeviceId id = devices.findByTagOrSerial(actor.tenant(), code.strip())
				.orElseThrow(() -> new FieldProblem("deviceCode", "inventory.repair.device.unknown"));
		Device device = devices.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		checkTechnician(actor, work);
		Instant now = clock.instant();
		Repair repair = Repair.ofDevice(actor.tenant(), id, work, now);
		if (repairs.openRepairOf(actor.tenant(), id).isPresent()) {
			throw new FieldProblem("deviceCode", "inventory.repair.device.alreadyOpen");
		}
		if (device.state() != DeviceState.IN_REPAIR) {
			Device.Transition transition = device.sendToRepair();
			devices.saveMove(device, transition, work.problem(), actor, now);
			audit.record(AuditAction.CHANGE, DeviceAdministration.RECORD, id, device.assetTag() + ": " + transition.from() + " → " + transition.to());
		}
		try {
			repairs.insert(repair, actor);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new FieldProblem("deviceCode", "inventory.repair.device.alreadyOpen");
			}
			throw refused;
		}
		audit.record(AuditAction.CREATE, RECORD, repair.id(), device.assetTag() + ": " + work.problem());
		return repair.id();
	}

	/** Opens a repair of a citizen's own device and adds it to the person's timeline. */
	@Transactional
	public UUID openForCitizen(Actor actor, PersonId person, Repair.CitizenDevice device, Repair.Work work) {
		if (people.person(actor.tenant(), person).isEmpty()) {
			throw new FieldProblem("personId", "inventory.repair.person.unknown");
		}
		checkTechnician(actor, work);
		Instant now = clock.instant();
		Repair repair = Repair.ofCitizenDevice(actor.tenant(), device, work, now);
		repairs.insert(repair, actor);
		people.recordService(actor.tenant(), person, SERVICE, citizenSummary(device, work), now);
		audit.record(AuditAction.CREATE, RECORD, repair.id(), "person " + person + ": " + device.category() + " " + device.makeModel());
		return repair.id();
	}

	/**
	 * Saves the work of a repair seen at {@code version}. When the outcome closes the repair, our device moves with it; a
	 * citizen's closed repair is added to the person's timeline.
	 */
	@Transactional
	public void save(Actor actor, UUID id, int version, Repair.Work work) {
		Repair repair = repairs.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		repair.expectVersion(version);
		checkTechnician(actor, work);
		Instant now = clock.instant();
		Repair.Closing closing = repair.record(work, now);
		repairs.update(repair);
		audit.record(AuditAction.CHANGE, RECORD, repair.id(), work.outcome() == null ? "work recorded" : "outcome " + work.outcome());
		if (closing != Repair.Closing.STILL_OPEN && repair.deviceId() != null) {
			Device device = devices.lock(actor.tenant(), repair.deviceId()).orElseThrow(NotFoundException::new);
			Device.Transition transition = closing == Repair.Closing.CLOSED_END_OF_LIFE ? device.retire() : device.finishRepair();
			devices.saveMove(device, transition, work.diagnosis().isEmpty() ? work.problem() : work.diagnosis(), actor, now);
			audit.record(AuditAction.CHANGE, DeviceAdministration.RECORD, device.id(),
					device.assetTag() + ": " + transition.from() + " → " + transition.to());
		}
		if (closing != Repair.Closing.STILL_OPEN && repair.citizenDevice() != null) {
			people.recordService(actor.tenant(), repair.citizenDevice().person(), SERVICE,
					citizenSummary(repair.citizenDevice(), work) + " → " + work.outcome(), now);
		}
	}

	@Transactional
	public void addPart(Actor actor, UUID id, String name, long costCents) {
		Repair repair = repairs.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		Repair.Part part = repair.addPart(name, costCents);
		repairs.insertPart(repair, part);
		audit.record(AuditAction.CHANGE, RECORD, repair.id(), "part " + part.name() + " " + part.costCents());
	}

	private void checkTechnician(Actor actor, Repair.Work work) {
		if (work.technicianId() != null && !staff.members(actor.tenant(), TECHNICIANS).containsKey(work.technicianId())) {
			throw new FieldProblem("technicianId", "inventory.repair.technician.unknown");
		}
	}

	private static String citizenSummary(Repair.CitizenDevice device, Repair.Work work) {
		String text = device.category() + (device.makeModel().isEmpty() ? "" : " " + device.makeModel()) + ": " + work.problem();
		return text.length() > 250 ? text.substring(0, 250) : text;
	}

	private RepairRow row(Actor actor, Repair repair, Map<UUID, String> tags) {
		Repair.CitizenDevice citizen = repair.citizenDevice();
		String personName = citizen == null ? "" : people.person(actor.tenant(), citizen.person()).map(PersonSummary::displayName).orElse("");
		Repair.Work w = repair.work();
		return new RepairRow(repair.id(), repair.deviceId() == null ? null : repair.deviceId().value(),
				repair.deviceId() == null ? "" : tags.getOrDefault(repair.deviceId().value(), ""), citizen == null ? null : citizen.category(),
				citizen == null ? "" : citizen.makeModel(), personName, w.problem(),
				w.technicianName(), w.outcome() == null ? null : w.outcome().name(), repair.openedAt(), repair.isOpen());
	}
}
