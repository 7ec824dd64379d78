/** Supervision's use cases: signals, calamities, investigations with their outcomes, and the proactive selection. */
package nl.wmokader.core.supervision.port.in;
