/**
 * The demo data of the example service: the reference region Brabant Noordoost-Oost with a
 * fictional catalogue, fictional providers and clients with BSNs from the reserved test range,
 * written once through the use cases of the facade, so that every rule of the core holds for it.
 */
package nl.wmokader.examples.demo;
