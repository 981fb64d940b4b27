package be.digibank.network;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.NetworkViews.DigibankRow;
import be.digibank.network.NetworkViews.FundingProjectRow;
import be.digibank.network.NetworkViews.MunicipalityRow;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settings of the actor's own digibank, and the platform's list of digibanks. */
@Service
class DigibankAdministration {

	static final String RECORD = "Digibank";

	private final DigibankRepository digibanks;
	private final Network network;
	private final AuditTrail audit;

	DigibankAdministration(DigibankRepository digibanks, Network network, AuditTrail audit) {
		this.digibanks = digibanks;
		this.network = network;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public DigibankRow settings(Actor actor) {
		return digibanks.find(actor.tenant()).map(DigibankAdministration::row).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<MunicipalityRow> municipalities(Actor actor) {
		return digibanks.municipalities(actor.tenant());
	}

	@Transactional(readOnly = true)
	public List<FundingProjectRow> projects(Actor actor) {
		return digibanks.projects(actor.tenant());
	}

	@Transactional(readOnly = true)
	public List<DigibankRow> all() {
		return digibanks.all().stream().map(DigibankAdministration::row).toList();
	}

	@Transactional
	public void rename(Actor actor, int seenVersion, String name, String region) {
		Digibank digibank = digibanks.lock(actor.tenant()).orElseThrow(NotFoundException::new);
		digibank.expectVersion(seenVersion);
		digibank.rename(name, region);
		try {
			digibanks.update(digibank);
		} catch (DataIntegrityViolationException refused) {
			throw nameTaken(refused, "name", "digibank.name.taken");
		}
		audit.record(AuditAction.CHANGE, RECORD, digibank.id(), digibank.name());
	}

	@Transactional
	public void addMunicipality(Actor actor, String postcode, String name) {
		try {
			digibanks.addMunicipality(actor.tenant(), postcode, name.strip());
		} catch (DataIntegrityViolationException refused) {
			throw nameTaken(refused, "postcode", "municipality.taken");
		}
		audit.record(AuditAction.CHANGE, RECORD, actor.tenant(), "municipality added " + postcode);
	}

	@Transactional
	public void removeMunicipality(Actor actor, String postcode) {
		if (digibanks.removeMunicipality(actor.tenant(), postcode) == 0) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.CHANGE, RECORD, actor.tenant(), "municipality removed " + postcode);
	}

	@Transactional
	public UUID addProject(Actor actor, String name, String fundingSource, LocalDate startsOn, LocalDate endsOn) {
		UUID id = UUID.randomUUID();
		try {
			digibanks.addProject(actor.tenant(), id, name.strip(), fundingSource.strip(), startsOn, endsOn);
		} catch (DataIntegrityViolationException refused) {
			throw nameTaken(refused, "projectName", "project.name.taken");
		}
		audit.record(AuditAction.CREATE, "FundingProject", id, name.strip());
		return id;
	}

	@Transactional
	public void removeProject(Actor actor, UUID projectId) {
		if (digibanks.removeProject(actor.tenant(), projectId) == 0) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.DELETE, "FundingProject", projectId, "");
	}

	/** A new digibank on the installation, started by a platform administrator. */
	@Transactional
	public DigibankId start(String name, String region) {
		DigibankId id;
		try {
			id = network.startDigibank(new NewDigibank(name, region, Map.of()));
		} catch (DataIntegrityViolationException refused) {
			throw nameTaken(refused, "name", "digibank.name.taken");
		}
		audit.record(AuditAction.CREATE, RECORD, id, name.strip());
		return id;
	}

	private static RuntimeException nameTaken(DataIntegrityViolationException refused, String field, String key) {
		return SqlStates.is(refused, SqlStates.UNIQUE_VIOLATION) ? new FieldProblem(field, key) : refused;
	}

	private static DigibankRow row(Digibank digibank) {
		return new DigibankRow(digibank.id().value(), digibank.name(), digibank.region(), digibank.version());
	}
}
