package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.ProblemException;

/**
 * {@code POST /iwmo/{message}} for each {@link IwmoReceiver}: the message as {@code application/xml}
 * (at most 25 MB), its retour at once ({@code application/xml}, 200), whatever the message's faults.
 * Only what is not a message is an HTTP problem: no actor (401), an actor who may not send it (403),
 * another media type (415), over 25 MB (413), a header that cannot be read (400 {@code
 * unreadable_message}). A retour received is noted: 202 with a short JSON note.
 */
public final class IwmoRoutes implements ApiRoutes {
  private final List<IwmoReceiver> receivers;

  public IwmoRoutes(List<IwmoReceiver> receivers) {
    this.receivers = List.copyOf(requireNonNull(receivers, "receivers"));
  }

  /** The receivers served, by message type. */
  public List<IwmoReceiver> receivers() {
    return receivers;
  }

  @Override
  public void register(ApiRouter router) {
    for (IwmoReceiver receiver : receivers) {
      router.post("/iwmo/" + receiver.message(), call -> serve(call, receiver));
    }
  }

  private static void serve(ApiCall call, IwmoReceiver receiver) {
    var actor = call.actor();
    IwmoReceiver.Receipt receipt = call.xmlBody(IwmoXml.MAX_MESSAGE_BYTES, in -> receiver.receive(actor, in));
    if (receipt instanceof IwmoReceiver.Receipt.Answered answered) {
      call.xml(200, answered.xml());
    } else if (receipt instanceof IwmoReceiver.Receipt.Noted noted) {
      call.json(202, java.util.Map.of("message", receiver.message(), "noted", noted.summary()));
    } else if (receipt instanceof IwmoReceiver.Receipt.Refused refused) {
      call.fail(refused.error());
    } else {
      throw new ProblemException(400, "unreadable_message", "The message cannot be answered with a retour: "
          + ((IwmoReceiver.Receipt.Unreadable) receipt).why() + ".");
    }
  }
}
