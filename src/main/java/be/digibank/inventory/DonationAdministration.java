package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.InventoryViews.DonationDetails;
import be.digibank.inventory.InventoryViews.DonationRow;
import be.digibank.inventory.InventoryViews.DonorRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors and donation batches of the actor's digibank. */
@Service
class DonationAdministration {

	private final DonationRepository donations;
	private final DeviceAdministration devices;
	private final AuditTrail audit;

	DonationAdministration(DonationRepository donations, DeviceAdministration devices, AuditTrail audit) {
		this.donations = donations;
		this.devices = devices;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DonationRow> list(Actor actor) {
		return donations.donations(actor.tenant());
	}

	@Transactional(readOnly = true)
	public List<DonorRow> donors(Actor actor) {
		return donations.donors(actor.tenant());
	}

	/** A donation from a known donor ({@code donorId}) or from a donor recorded with it ({@code newDonor}). */
	@Transactional
	public DonationId receive(Actor actor, @Nullable DonorId donorId, DonationRepository.@Nullable NewDonor newDonor,
			DonationRepository.NewDonation donation) {
		DonorId donor;
		if (donorId != null) {
			donor = donations.donor(actor.tenant(), donorId).map(row -> new DonorId(row.id()))
					.orElseThrow(() -> new FieldProblem("donorId", "device.reference.unknown"));
		} else if (newDonor != null) {
			donor = donations.insertDonor(actor.tenant(), newDonor);
			audit.record(AuditAction.CREATE, "Donor", donor, newDonor.name());
		} else {
			throw new FieldProblem("donorName", "donation.donor.needed");
		}
		DonationId id = donations.insertDonation(actor.tenant(), donor, donation);
		audit.record(AuditAction.CREATE, "Donation", id, donation.receivedOn() + " (" + donation.countReceived() + ")");
		return id;
	}

	@Transactional(readOnly = true)
	public DonationDetails details(Actor actor, DonationId id) {
		DonationRow donation = donations.donation(actor.tenant(), id).orElseThrow(NotFoundException::new);
		DonorRow donor = donations.donor(actor.tenant(), new DonorId(donation.donorId())).orElseThrow(NotFoundException::new);
		return new DonationDetails(donation, donor, devices.ofDonation(actor, id));
	}

	@Transactional(readOnly = true)
	public DonorRow donor(Actor actor, DonorId id) {
		return donations.donor(actor.tenant(), id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<DonationRow> donationsOf(Actor actor, DonorId id) {
		return donations.donationsOf(actor.tenant(), id);
	}
}
