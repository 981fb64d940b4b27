/**
 * The partnership: digibanks (tenants), partner organisations, help points (locations) with their opening hours, and
 * funding projects. Its public surface is {@link be.digibank.network.Network} and the records and identifiers beside
 * it.
 */
@NullMarked
package be.digibank.network;

import org.jspecify.annotations.NullMarked;
