/** What the catalogue use cases need from the outside (driven ports): repositories and other capabilities. */
package nl.wmokader.core.catalogue.port.out;
