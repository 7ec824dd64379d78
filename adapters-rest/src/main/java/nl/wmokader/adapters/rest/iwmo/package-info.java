/**
 * iWmo 3.2 XML messages: a provider's claim (323) in and the municipality's answer (325) out; the
 * start (305) and stop (307) of delivery in and their technical retours (306, 308) out; the
 * assignment (301) out and the provider's retour on it (302) in; a provider's requests (315, 317)
 * in, their technical retours (316, 318) out, the answer on a refused request (319) out and the
 * provider's retour on it (320) in. Each message type received has one {@link
 * nl.wmokader.adapters.rest.iwmo.IwmoReceiver}, served over HTTP by {@link
 * nl.wmokader.adapters.rest.iwmo.IwmoRoutes} and from a hub's folder by {@link
 * nl.wmokader.adapters.rest.iwmo.IwmoFolder}. This layer reads and writes XML and checks only what
 * belongs to the message as XML: a secure, streaming parse (StAX, no DTD, no external entities,
 * never a tree of the whole message), UTF-8 without a byte order mark, the elements in the schema's
 * order with values of their XML types and code lists, and the header (message code, version 3.2,
 * sender and receiver, identification unique per sender and message type, dagtekening not in the
 * future). It maps the raw values onto the same command factories and use cases the JSON API uses
 * ({@code SubmitClaimCommand.read}, {@code SubmitAssignmentRequestCommand.read}, ...) and answers
 * with the retourcodes the core's answers stand for; whatever the core checks is not checked here
 * again. A message with a technical error is answered with its retour carrying retourcode 0001
 * (8848, 9056 where they apply), not an HTTP error.
 */
package nl.wmokader.adapters.rest.iwmo;
