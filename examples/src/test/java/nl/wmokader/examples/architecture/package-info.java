/**
 * Architecture rules across modules: this module's tests see every module, so the rules that
 * relate the adapters to each other and to the core live here (STYLE.md §2.8).
 */
package nl.wmokader.examples.architecture;
