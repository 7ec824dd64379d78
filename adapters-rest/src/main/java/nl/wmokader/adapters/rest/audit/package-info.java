/**
 * The audit trail over HTTP: the privacy officer's search, a client's access history ("who looked
 * at my data", with the BSN in a body, never in a URL) and the verification of the chains. The
 * rules of who may ask are the audit module's; reading the trail is itself recorded there.
 */
package nl.wmokader.adapters.rest.audit;
