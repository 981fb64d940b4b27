/** Start-up wiring that belongs to no capability: the embedded database and the demo data. */
@NullMarked
package be.digibank.config;

import org.jspecify.annotations.NullMarked;
