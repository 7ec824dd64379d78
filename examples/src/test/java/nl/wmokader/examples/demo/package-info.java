/** Tests of the demo data: what is seeded, that every rule holds for it, and that it is private by construction. */
package nl.wmokader.examples.demo;
