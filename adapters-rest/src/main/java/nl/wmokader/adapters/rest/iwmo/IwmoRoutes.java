package nl.wmokader.adapters.rest.iwmo;

import java.util.List;
import java.util.Map;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.ProblemException;

/**
 * Every iWmo message route as one resource (they share this package's OpenAPI part): {@code POST
 * /iwmo/{message}} for each {@link IwmoReceiver}, and the routes that write messages (the 301).
 *
 * <p>A message goes in as {@code application/xml} (at most 25 MB) and its retour comes back at once
 * ({@code application/xml}, 200), whatever the message's faults; a retour received is acknowledged
 * in JSON (200). Only what is not a message is an HTTP problem: no actor (401), an actor who may not
 * send it (403), another media type (415), over 25 MB (413), a header that cannot be read (400
 * {@code unreadable_message}: no retour can be addressed).
 */
public final class IwmoRoutes implements ApiRoutes {
  private final List<IwmoReceiver> receivers;
  private final List<ApiRoutes> writers;

  public IwmoRoutes(List<IwmoReceiver> receivers, List<? extends ApiRoutes> writers) {
    this.receivers = List.copyOf(receivers);
    this.writers = List.copyOf(writers);
  }

  /** The receivers served, one per message type received. */
  public List<IwmoReceiver> receivers() {
    return receivers;
  }

  @Override
  public void register(ApiRouter router) {
    for (IwmoReceiver receiver : receivers) {
      router.post("/iwmo/" + receiver.message(), call -> serve(call, receiver));
    }
    writers.forEach(r -> r.register(router));
  }

  private static void serve(ApiCall call, IwmoReceiver receiver) {
    var actor = call.actor();
    IwmoReceiver.Receipt receipt = call.xmlBody(IwmoXml.MAX_MESSAGE_BYTES, in -> receiver.receive(actor, in));
    if (receipt instanceof IwmoReceiver.Receipt.Answered answered) {
      call.xml(200, answered.xml());
    } else if (receipt instanceof IwmoReceiver.Receipt.Noted noted) {
      call.json(200, noted.acknowledgement());
    } else if (receipt instanceof IwmoReceiver.Receipt.Refused refused) {
      call.fail(refused.error());
    } else {
      throw new ProblemException(400, "unreadable_message", "The message cannot be answered with a retour: "
          + ((IwmoReceiver.Receipt.Unreadable) receipt).why() + ".");
    }
  }
}
