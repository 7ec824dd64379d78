/** Scenario tests: whole stories through the facade over real services and the in-memory adapters, no mocks. */
package nl.wmokader.core.scenario;
