/**
 * The append-only audit trail: who viewed or changed which record, when and from which partner. Other modules write
 * through {@link be.digibank.audit.AuditTrail}; nobody can change or delete an entry.
 */
@NullMarked
package be.digibank.audit;

import org.jspecify.annotations.NullMarked;
