/**
 * The small shared kernel: tenancy identifiers, the permission model and web building blocks that every module uses.
 * Kept deliberately small; anything with business rules belongs to a capability module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package be.digibank.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
