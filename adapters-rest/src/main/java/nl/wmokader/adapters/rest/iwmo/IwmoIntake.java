package nl.wmokader.adapters.rest.iwmo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A message body read as it streams in, with the SHA-256 of every byte of it: the digest by which a
 * message sent again is told from another one with the same identification (retourcode 9056).
 */
final class IwmoIntake {
  private IwmoIntake() {}

  /** Reads a message of one type from a stream. */
  interface Reader<M> {
    M read(InputStream in) throws IwmoCursor.Unreadable, IOException;
  }

  /** What a reader made of a body: the message and the body's digest, or why it has no readable header. */
  record Received<M>(M message, String unreadable, byte[] digest) {
    boolean isReadable() {
      return message != null;
    }
  }

  static <M> Received<M> receive(InputStream body, Reader<M> reader) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    DigestInputStream in = new DigestInputStream(body, sha256);
    try {
      M message = reader.read(in);
      in.transferTo(OutputStream.nullOutputStream());   // the whole body is what the digest stands for
      return new Received<>(message, null, sha256.digest());
    } catch (IwmoCursor.Unreadable e) {
      return new Received<>(null, e.getMessage(), null);
    }
  }
}
