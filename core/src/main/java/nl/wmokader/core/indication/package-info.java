/**
 * Indication: a resident's way from report through assessment and application to a decision that
 * grants or refuses a customised provision, objections against it, and the assignments that order
 * a provider to deliver, with delivery start and stop and the waiting time between; and the
 * provider's own requests for an assignment or a change of one (iWmo 315/317), which the
 * municipality grants through those assignments or refuses.
 *
 * <p>{@link nl.wmokader.core.indication.IndicationModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.indication;
