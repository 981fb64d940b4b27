/**
 * Staff and volunteer accounts: roles, sign-in with a second factor, invitations, API tokens and volunteer hours. Its
 * public surface is {@link be.digibank.staff.StaffDirectory}.
 */
@NullMarked
package be.digibank.staff;

import org.jspecify.annotations.NullMarked;
