/**
 * Lending devices on conditions: loan policies, requests and the waiting list, reservations, loans with their agreement
 * and signature, deposits, returns and inspections, incidents and conversion to a gift. Uses the people register for
 * eligibility and the device bank for devices; tells the rest of the system what happened through the events beside
 * {@link be.digibank.lending.LoanId}.
 */
@NullMarked
package be.digibank.lending;

import org.jspecify.annotations.NullMarked;
