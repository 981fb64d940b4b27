/**
 * Command records the staff pages bind to and read models the staff templates render. Public only so that the
 * precompiled templates can read them; internal to the staff module.
 */
@NullMarked
package be.digibank.staff.web;

import org.jspecify.annotations.NullMarked;
