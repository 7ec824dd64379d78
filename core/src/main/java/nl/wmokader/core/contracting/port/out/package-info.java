/** What the contracting use cases need from the outside (driven ports): repositories and other capabilities. */
package nl.wmokader.core.contracting.port.out;
