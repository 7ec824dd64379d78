/**
 * The entry point for embedders: {@link nl.wmokader.core.WmoKader} wires every use case from the
 * driven ports it is given (JDBC, in-memory or the embedder's own), a clock and an identifier
 * generator. No reflection, no container: plain constructors.
 */
package nl.wmokader.core;
