/**
 * iWmo 3.2 XML messages over HTTP: a provider's claim (323) in, the municipality's answer (325)
 * out; a provider's requests (315, 317) in, their technical retours (316, 318) out, the answer on a
 * refused request (319) and the provider's retour on it (320). This layer reads and writes XML and
 * checks only what belongs to the message as XML: a secure, streaming parse (StAX, no DTD, no
 * external entities, never a tree of the whole message), UTF-8 without a byte order mark, the
 * elements in the schema's order with values of their XML types, and the header (message code,
 * version 3.2, sender and receiver, identification unique per sender, dagtekening not in the
 * future). It maps the raw values onto the same command factories the JSON API uses ({@code
 * SubmitClaimCommand.read}, {@code SubmitAssignmentRequestCommand.read}, {@code
 * SubmitChangeRequestCommand.read}) and answers per line, product or change the retourcodes of
 * the core's answer; whatever the core checks is not checked here again. A message with a
 * technical error is answered with its retour carrying retourcode 0001 (8848, 9056 where they
 * apply), not an HTTP error.
 */
package nl.wmokader.adapters.rest.iwmo;
