/**
 * The supervision model: signals, calamities, investigations and their lifecycle, findings per
 * norm, outcomes and measures, and the proactive selection. Pure: no logging, no I/O; time and
 * the selection's seed are given.
 */
package nl.wmokader.core.supervision.domain;
