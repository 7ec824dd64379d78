/** What the indication use cases need from the outside (driven ports): repositories and other capabilities. */
package nl.wmokader.core.indication.port.out;
