package be.digibank.audit;

/** What happened to a record. */
public enum AuditAction {
	VIEW, CREATE, CHANGE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, EXPORT
}
