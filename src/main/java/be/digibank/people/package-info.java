/**
 * The people register: one record per person reached, eligibility proofs (never a copy), rules and overrides, consent
 * and referrals. Its public surface is {@link be.digibank.people.PeopleRegister}, {@link be.digibank.people.PersonId},
 * the read models and the events beside them.
 */
@NullMarked
package be.digibank.people;

import org.jspecify.annotations.NullMarked;
