/**
 * Indication: a resident's way from report through assessment and application to a decision that
 * grants or refuses a customised provision, objections against it, and the assignments that order
 * a provider to deliver, with delivery start and stop and the waiting time between.
 */
package nl.wmokader.core.indication;
