/**
 * Benchmarks that stay: each measures the library through its facade (in memory, or the example
 * service as a process) and, in the same run, a floor — the same work done by plain Java — and
 * reports the ratio. {@link nl.wmokader.examples.bench.Benchmarks} runs them all and writes the
 * table; {@link nl.wmokader.examples.bench.RegionYear} generates their data deterministically,
 * through the use cases. No test asserts a timing: docs/performance.md holds the numbers.
 */
package nl.wmokader.examples.bench;
