package be.digibank.staff;

import be.digibank.audit.PartnerNames;
import be.digibank.network.Network;
import be.digibank.network.PartnerSummary;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the audit trail the names of the partners staff work for. */
@Component
class PartnerNamesFromNetwork implements PartnerNames {

	private final Network network;

	PartnerNamesFromNetwork(Network network) {
		this.network = network;
	}

	@Override
	public Optional<String> partnerName(UUID digibankId, UUID partnerId) {
		return network.partner(new DigibankId(digibankId), new PartnerId(partnerId)).map(PartnerSummary::name);
	}
}
