package be.digibank.network;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.NetworkViews.PartnerRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner organisations of the actor's digibank: everything is looked up within the actor's tenant. */
@Service
class PartnerAdministration {

	static final String RECORD = "Partner";

	private final PartnerRepository partners;
	private final AuditTrail audit;

	PartnerAdministration(PartnerRepository partners, AuditTrail audit) {
		this.partners = partners;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<PartnerRow> list(Actor actor) {
		return partners.all(actor.tenant()).stream().map(PartnerAdministration::row).toList();
	}

	/** One partner of the actor's digibank, recorded as viewed. */
	@Transactional
	public PartnerRow view(Actor actor, PartnerId id) {
		PartnerOrganisation partner = partners.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		audit.record(AuditAction.VIEW, RECORD, id, partner.name());
		return row(partner);
	}

	@Transactional(readOnly = true)
	public PartnerRow get(Actor actor, PartnerId id) {
		return partners.find(actor.tenant(), id).map(PartnerAdministration::row).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public PartnerId register(Actor actor, String name, PartnerType type, String email, String phone) {
		PartnerOrganisation partner = PartnerOrganisation.register(actor.tenant(), name, type, email, phone);
		try {
			partners.insert(partner);
		} catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
		audit.record(AuditAction.CREATE, RECORD, partner.id(), partner.name());
		return partner.id();
	}

	@Transactional
	public void change(Actor actor, PartnerId id, int seenVersion, String name, PartnerType type, String email,
			String phone) {
		PartnerOrganisation partner = partners.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		partner.expectVersion(seenVersion);
		partner.rename(name);
		partner.reclassify(type);
		partner.changeContact(email, phone);
		try {
			partners.update(partner);
		} catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
		audit.record(AuditAction.CHANGE, RECORD, id, partner.name());
	}

	@Transactional
	public void deactivate(Actor actor, PartnerId id) {
		PartnerOrganisation partner = partners.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		partner.deactivate();
		partners.update(partner);
		audit.record(AuditAction.CHANGE, RECORD, id, "deactivated");
	}

	@Transactional
	public void reactivate(Actor actor, PartnerId id) {
		PartnerOrganisation partner = partners.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		partner.reactivate();
		partners.update(partner);
		audit.record(AuditAction.CHANGE, RECORD, id, "reactivated");
	}

	private static RuntimeException translate(DataIntegrityViolationException refused) {
		if (SqlStates.is(refused, SqlStates.UNIQUE_VIOLATION)) {
			return new FieldProblem("name", "partner.name.taken");
		}
		return refused;
	}

	static PartnerRow row(PartnerOrganisation partner) {
		return new PartnerRow(partner.id().value(), partner.name(), partner.type(), partner.contactEmail(),
				partner.contactPhone(), partner.active(), partner.version());
	}
}
