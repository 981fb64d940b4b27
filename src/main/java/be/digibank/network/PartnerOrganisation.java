package be.digibank.network;

import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;

/** A partner organisation of one digibank. Changes go through its named methods. */
final class PartnerOrganisation {

	private final PartnerId id;
	private final DigibankId digibankId;
	private String name;
	private PartnerType type;
	private String contactEmail;
	private String contactPhone;
	private boolean active;
	private final int version;

	PartnerOrganisation(PartnerId id, DigibankId digibankId, String name, PartnerType type, String contactEmail,
			String contactPhone, boolean active, int version) {
		this.id = id;
		this.digibankId = digibankId;
		this.name = name;
		this.type = type;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.active = active;
		this.version = version;
	}

	static PartnerOrganisation register(DigibankId digibank, String name, PartnerType type, String contactEmail,
			String contactPhone) {
		return new PartnerOrganisation(PartnerId.random(), digibank, name.strip(), type, contactEmail.strip(),
				contactPhone.strip(), true, 0);
	}

	/** Refuses a change made on an older version than the one stored. */
	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void rename(String newName) {
		this.name = newName.strip();
	}

	void reclassify(PartnerType newType) {
		this.type = newType;
	}

	void changeContact(String email, String phone) {
		this.contactEmail = email.strip();
		this.contactPhone = phone.strip();
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	PartnerId id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	String name() {
		return name;
	}

	PartnerType type() {
		return type;
	}

	String contactEmail() {
		return contactEmail;
	}

	String contactPhone() {
		return contactPhone;
	}

	boolean active() {
		return active;
	}

	int version() {
		return version;
	}
}
