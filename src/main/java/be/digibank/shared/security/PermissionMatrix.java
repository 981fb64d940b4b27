package be.digibank.shared.security;

import static be.digibank.shared.security.Permission.*;
import static be.digibank.shared.security.Scope.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may do what, and how far: the single source of the authorisation rules. docs/permission-matrix.md is generated
 * from it, and the security tests are driven by it.
 */
public final class PermissionMatrix {

	private static final Map<Role, Map<Permission, Scope>> MATRIX = new EnumMap<>(Role.class);

	static {
		grant(Role.PLATFORM_ADMIN, PLATFORM, DIGIBANKS_ADMINISTER, OPERATIONS_VIEW, AUDIT_VIEW, API_TOKEN_MANAGE);
		grant(Role.FUNDER, PLATFORM, DIGIBANK_VIEW);
		grant(Role.COORDINATOR, DIGIBANK, DIGIBANK_VIEW, DIGIBANK_MANAGE, PARTNER_VIEW, PARTNER_MANAGE, LOCATION_VIEW,
				LOCATION_MANAGE, STAFF_VIEW, STAFF_MANAGE, AUDIT_VIEW, API_TOKEN_MANAGE, VOLUNTEER_HOURS_LOG);
		// people register: see docs/adr/009-people-register-access.md
		grant(Role.COORDINATOR, DIGIBANK, PERSON_VIEW, PERSON_REGISTER, PERSON_EDIT, PERSON_SENSITIVE_VIEW, ELIGIBILITY_PROOF_RECORD,
				ELIGIBILITY_OVERRIDE, CONSENT_RECORD, REFERRAL_VIEW, REFERRAL_CREATE, REFERRAL_HANDLE, PEOPLE_ADMINISTER, ANONYMOUS_CONTACT_LOG);
		// privacy rights: see docs/adr/010-privacy-rights.md
		grant(Role.COORDINATOR, DIGIBANK, PERSON_EXPORT, PERSON_ERASE, RETENTION_MANAGE);
		grant(Role.STAFF, DIGIBANK, PERSON_VIEW, PERSON_REGISTER, PERSON_EDIT, PERSON_SENSITIVE_VIEW, ELIGIBILITY_PROOF_RECORD,
				ELIGIBILITY_OVERRIDE, CONSENT_RECORD, REFERRAL_VIEW, REFERRAL_HANDLE, ANONYMOUS_CONTACT_LOG);
		grant(Role.STAFF, DIGIBANK, DIGIBANK_VIEW, PARTNER_VIEW, LOCATION_VIEW, STAFF_VIEW);
		grant(Role.STAFF, PARTNER, LOCATION_MANAGE);
		grant(Role.STAFF, OWN, VOLUNTEER_HOURS_LOG, API_TOKEN_MANAGE);
		for (Role helper : new Role[]{Role.VOLUNTEER, Role.TRAINER, Role.TECHNICIAN, Role.OUTREACH_WORKER}) {
			grant(helper, DIGIBANK, PARTNER_VIEW, LOCATION_VIEW);
			grant(helper, OWN, VOLUNTEER_HOURS_LOG);
		}
		for (Role counter : new Role[]{Role.VOLUNTEER, Role.TRAINER, Role.OUTREACH_WORKER}) {
			grant(counter, DIGIBANK, PERSON_VIEW, PERSON_REGISTER, PERSON_EDIT, ELIGIBILITY_PROOF_RECORD, CONSENT_RECORD,
					ANONYMOUS_CONTACT_LOG);
		}
		// device bank: see docs/adr/011-device-lifecycle.md
		grant(Role.COORDINATOR, DIGIBANK, DEVICE_VIEW, DEVICE_MANAGE, DONATION_MANAGE);
		grant(Role.TECHNICIAN, DIGIBANK, DEVICE_VIEW, DEVICE_MANAGE, DONATION_MANAGE);
		grant(Role.STAFF, DIGIBANK, DEVICE_VIEW);
		grant(Role.VOLUNTEER, DIGIBANK, DEVICE_VIEW);
		// notifications: see docs/adr/013-notifications.md
		grant(Role.COORDINATOR, DIGIBANK, NOTIFICATION_VIEW, NOTIFICATION_HANDLE, NOTIFICATION_ADMINISTER, PERSON_MESSAGES_VIEW, PERSON_MESSAGE_SEND);
		grant(Role.STAFF, DIGIBANK, NOTIFICATION_VIEW, NOTIFICATION_HANDLE, PERSON_MESSAGES_VIEW, PERSON_MESSAGE_SEND);
		grant(Role.VOLUNTEER, DIGIBANK, PERSON_MESSAGES_VIEW, PERSON_MESSAGE_SEND);
		// lending, loans: see docs/adr/014-lending.md
		grant(Role.COORDINATOR, DIGIBANK, LOAN_VIEW, LOAN_LEND, LOAN_SETTLE, BORROWER_BLOCK_PLACE, BORROWER_BLOCK_LIFT, LOAN_POLICY_MANAGE);
		grant(Role.STAFF, DIGIBANK, LOAN_VIEW, LOAN_LEND, LOAN_SETTLE, BORROWER_BLOCK_PLACE);
		for (Role counter : new Role[]{Role.VOLUNTEER, Role.TRAINER, Role.OUTREACH_WORKER}) {
			grant(counter, DIGIBANK, LOAN_VIEW, LOAN_LEND);
		}
		// workshop: see docs/adr/017-workshop-quality-repairs-stocktake.md
		grant(Role.COORDINATOR, DIGIBANK, REPAIR_MANAGE, STOCKTAKE_MANAGE);
		grant(Role.TECHNICIAN, DIGIBANK, REPAIR_MANAGE, STOCKTAKE_MANAGE);
		grant(Role.STAFF, DIGIBANK, STOCKTAKE_MANAGE);
		grant(Role.REFERRER, DIGIBANK, LOCATION_VIEW);
		// lending: requests, waiting list, offers and reservations; see docs/adr/015-waiting-list-and-reservations.md
		grant(Role.COORDINATOR, DIGIBANK, LENDING_REQUEST_VIEW, LENDING_REQUEST_CREATE, LENDING_QUEUE_MANAGE, WAITING_LIST_CONFIGURE,
				RESERVATION_VIEW, RESERVATION_MANAGE);
		grant(Role.STAFF, DIGIBANK, LENDING_REQUEST_VIEW, LENDING_REQUEST_CREATE, LENDING_QUEUE_MANAGE, RESERVATION_VIEW, RESERVATION_MANAGE);
		grant(Role.VOLUNTEER, DIGIBANK, LENDING_REQUEST_VIEW, LENDING_REQUEST_CREATE, RESERVATION_VIEW);
		grant(Role.OUTREACH_WORKER, DIGIBANK, LENDING_REQUEST_VIEW, LENDING_REQUEST_CREATE);
		grant(Role.TRAINER, DIGIBANK, RESERVATION_VIEW, RESERVATION_MANAGE);
		grant(Role.REFERRER, OWN, REFERRAL_VIEW, REFERRAL_CREATE);
	}

	private PermissionMatrix() {
	}

	private static void grant(Role role, Scope scope, Permission... permissions) {
		Map<Permission, Scope> granted = MATRIX.computeIfAbsent(role, r -> new EnumMap<>(Permission.class));
		for (Permission permission : permissions) {
			granted.put(permission, scope);
		}
	}

	/**
	 * The scope in which the role holds the permission, or empty when it does not hold it.
	 */
	public static Optional<Scope> scope(Role role, Permission permission) {
		return Optional.ofNullable(MATRIX.getOrDefault(role, Map.of()).get(permission));
	}

	public static boolean allows(Role role, Permission permission) {
		return scope(role, permission).isPresent();
	}

	public static Map<Permission, Scope> permissions(Role role) {
		return Map.copyOf(MATRIX.getOrDefault(role, Map.of()));
	}
}
