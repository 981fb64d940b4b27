/**
 * The home page of every signed-in person: their next actions, by role. It composes the other modules and owns no data.
 */
@NullMarked
package be.digibank.home;

import org.jspecify.annotations.NullMarked;
