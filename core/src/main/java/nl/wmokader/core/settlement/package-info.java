/**
 * Settlement: claims and their validation, settlement per member municipality and month, regional
 * cost allocation, the personal contribution, and budget and forecast. Downstream of indication,
 * whose assignments claims refer to.
 *
 * <p>{@link nl.wmokader.core.settlement.SettlementModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.settlement;
