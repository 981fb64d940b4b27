package be.digibank.network;

import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;

/** The settings of one digibank (a tenant): its name and region. */
final class Digibank {

	private final DigibankId id;
	private String name;
	private String region;
	private final int version;

	Digibank(DigibankId id, String name, String region, int version) {
		this.id = id;
		this.name = name;
		this.region = region;
		this.version = version;
	}

	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void rename(String newName, String newRegion) {
		this.name = newName.strip();
		this.region = newRegion.strip();
	}

	DigibankId id() {
		return id;
	}

	String name() {
		return name;
	}

	String region() {
		return region;
	}

	int version() {
		return version;
	}
}
