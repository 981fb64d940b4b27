package be.digibank.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Names the partner an actor worked for. The module that knows partners provides it, so that the audit trail depends on
 * no other module.
 */
public interface PartnerNames {

	Optional<String> partnerName(UUID digibankId, UUID partnerId);
}
