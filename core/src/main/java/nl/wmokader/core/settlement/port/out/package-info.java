/** What the settlement use cases need from the outside (driven ports). */
package nl.wmokader.core.settlement.port.out;
