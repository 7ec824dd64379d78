/** What the region's use cases need from the outside: the region's repository. */
package nl.wmokader.core.region.port.out;
