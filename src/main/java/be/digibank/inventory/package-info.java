/**
 * The device bank: donors and donations, devices with their lifecycle (an explicit state machine in
 * {@link be.digibank.inventory.Device}) and the data sanitisation evidence that must exist before a device goes out.
 */
@NullMarked
package be.digibank.inventory;

import org.jspecify.annotations.NullMarked;
