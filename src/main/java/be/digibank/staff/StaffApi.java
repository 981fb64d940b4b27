package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.CurrentActor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts of the caller's digibank for programs: no password, second factor or token ever leaves. */
@RestController
class StaffApi {

	private final StaffAdministration staff;

	StaffApi(StaffAdministration staff) {
		this.staff = staff;
	}

	record Account(String id, String name, String email, String role, @Nullable String partnerId,
			@Nullable String partnerName, String status, @Nullable Instant lastSignIn) {
	}

	@GetMapping("/api/v1/staff")
	@PreAuthorize("hasAuthority('STAFF_VIEW')")
	List<Account> list() {
		DigibankId digibank = CurrentActor.get().tenant();
		Map<PartnerId, String> partners = staff.partnerNames(digibank);
		return staff.accounts(digibank).stream().map(account -> json(account, partners)).toList();
	}

	@GetMapping("/api/v1/staff/{accountId}")
	@PreAuthorize("hasAuthority('STAFF_VIEW')")
	Account one(@PathVariable String accountId) {
		DigibankId digibank = CurrentActor.get().tenant();
		return json(staff.view(digibank, accountId), staff.partnerNames(digibank));
	}

	private static Account json(StaffAccount account, Map<PartnerId, String> partners) {
		PartnerId partner = account.partnerId();
		return new Account(account.id().toString(), account.displayName(), account.email(), account.role().name(),
				partner == null ? null : partner.toString(), partner == null ? null : partners.get(partner),
				account.status().name(), account.lastLoginAt());
	}
}
