package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** An account to open: who, for which digibank and partner, in which role. */
public record NewStaffAccount(@Nullable DigibankId digibankId, @Nullable PartnerId partnerId, String email, String displayName, Role role) {
}
