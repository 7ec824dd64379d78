package nl.wmokader.adapters.rest.iwmo;

import java.io.IOException;
import java.io.InputStream;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Receives the iWmo messages of one type, whatever channel they came by (an HTTP request, a file
 * from the hub's folder), and answers each as the standard asks: a message's own faults are
 * answered in its retour, never thrown.
 */
public interface IwmoReceiver {

  /** The number of the message type received, as the standard names it: {@code "323"}. */
  String message();

  /** Reads {@code body}, sent by {@code actor}, as it streams in, and acts on it. */
  Receipt receive(Actor actor, InputStream body) throws IOException;

  /** The receiver of message type {@code message} that receives as {@code receiving} does. */
  static IwmoReceiver of(String message, Receiving receiving) {
    return new IwmoReceiver() {
      @Override
      public String message() {
        return message;
      }

      @Override
      public Receipt receive(Actor actor, InputStream body) throws IOException {
        return receiving.receive(actor, body);
      }
    };
  }

  /** How a message is received: {@link #receive}'s body. */
  @FunctionalInterface
  interface Receiving {
    Receipt receive(Actor actor, InputStream body) throws IOException;
  }

  /** What became of a message. */
  sealed interface Receipt {

    /** Answered by message type {@code message} ({@code "325"}), in {@code xml} (UTF-8). */
    record Answered(String message, byte[] xml) implements Receipt {}

    /** A retour received: taken note of, and acknowledged in {@code acknowledgement} (a record, as JSON); the standard answers no retour on a retour. */
    record Noted(Record acknowledgement) implements Receipt {}

    /** Not answered, for a reason that is not the message's: the sender may not act, or a race was lost. */
    record Refused(DomainError error) implements Receipt {}

    /** Not a message whose header can be read: no retour can be addressed. Names where, never a value. */
    record Unreadable(String why) implements Receipt {}
  }
}
