package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of staff accounts. */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;
	private final PasswordEncoder passwords;
	private final RecoveryCodes recoveryCodes;
	private final Clock clock;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, RecoveryCodes recoveryCodes, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.recoveryCodes = recoveryCodes;
		this.clock = clock;
	}

	public Optional<String> displayName(StaffAccountId id) {
		return accounts.find(id).map(StaffAccount::displayName);
	}

	/**
	 * Active accounts of a digibank with one of the roles, by name, for pickers of other modules (the technician of a
	 * repair).
	 */
	@Transactional(readOnly = true)
	public Map<StaffAccountId, String> members(DigibankId digibank, Set<Role> roles) {
		Map<StaffAccountId, String> members = new LinkedHashMap<>();
		accounts.inDigibank(digibank).stream().filter(a -> a.status() == AccountStatus.ACTIVE && roles.contains(a.role()))
				.forEach(a -> members.put(a.id(), a.displayName()));
		return members;
	}

	/** The account with this e-mail address: demo seeders use it to attribute their records to the demo accounts. */
	public Optional<StaffAccountId> accountWithEmail(String email) {
		return accounts.findByEmail(email).map(StaffAccount::id);
	}

	public boolean exists(String email) {
		return accounts.emailTaken(email);
	}

	/**
	 * Opens an active account with a known password and, optionally, a known second-factor secret: used for demo accounts
	 * and by tests. Real people receive an invitation instead.
	 */
	@Transactional
	public StaffAccountId openWithPassword(NewStaffAccount account, String password, @Nullable String totpSecret, List<String> recoveryCodesToSet) {
		StaffAccount opened = StaffAccount.invite(account.digibankId(), account.partnerId(), account.email(), account.displayName(), account.role(),
				clock.instant());
		opened.choosePassword(passwords.encode(password));
		if (totpSecret != null) {
			opened.enrolSecondFactor(totpSecret);
		}
		accounts.insert(opened);
		if (!recoveryCodesToSet.isEmpty()) {
			recoveryCodes.replace(opened.id(), recoveryCodesToSet);
		}
		return opened.id();
	}
}
