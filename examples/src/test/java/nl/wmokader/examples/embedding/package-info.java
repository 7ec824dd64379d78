/** Tests of the embedding examples: they run and print no personal data. */
package nl.wmokader.examples.embedding;
