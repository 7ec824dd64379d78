/**
 * In-memory adapters of every outgoing port: faithful fakes (each passes its port's contract
 * suite) for embedders' tests, examples and the core's own scenario tests. Thread-safe.
 */
package nl.wmokader.core.inmemory;
