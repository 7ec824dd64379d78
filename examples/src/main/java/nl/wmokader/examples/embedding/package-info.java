/**
 * Embedding examples: plain Java that uses the library the way municipal software would, with
 * the in-memory adapters standing in for the embedder's own persistence.
 */
package nl.wmokader.examples.embedding;
