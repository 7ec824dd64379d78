package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Option;

/**
 * The answers given to iWmo messages, by sender and identification (unique per sender and message
 * type, retourcode 9056): a message sent again with the same identification and the same bytes
 * gets the same answer and changes nothing; with other bytes it is answered 9056. Also gives each
 * answer an identification of its own.
 */
public interface IwmoMessageLog {

  /** An answer, and the SHA-256 of the message it answered. */
  record Logged(byte[] digest, byte[] answer) {}

  /** The answer given to {@code sender}'s message {@code identification} of message type {@code code}. */
  Option<Logged> find(String code, String sender, String identification);

  /** Keeps {@code logged} unless an answer is kept already: the one kept. */
  Logged keep(String code, String sender, String identification, Logged logged);

  /** A new identification for an answer: 1 to 12 characters, never given before by this log. */
  String nextIdentification();
}
