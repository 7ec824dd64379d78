package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How every receiver takes a message in: the body read as it streams in (at most {@link
 * IwmoXml#MAX_MESSAGE_BYTES} over HTTP), with the SHA-256 of every byte of it, the digest by which a
 * message sent again is told from another one with the same identification (retourcode 9056). A
 * body whose header cannot be read is no message: no answer can be addressed ({@link
 * IwmoReceiver.Receipt.Unreadable}).
 */
final class IwmoIntake {
  private IwmoIntake() {}

  /** Reads a message of one type from a stream. */
  interface Reader<M> {
    M read(InputStream in) throws IwmoCursor.Unreadable, IOException;
  }

  /** A message read, and its body's digest. */
  record Received<M>(M message, byte[] digest) {}

  /** The message with its body's digest, or why it has no readable header (no answer can be addressed). */
  static <M> Either<String, Received<M>> read(InputStream body, Reader<M> reader) throws IOException {
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
      return Either.right(new Received<>(message, sha256.digest()));
    } catch (IwmoCursor.Unreadable e) {
      return Either.left(e.getMessage());
    }
  }

  /**
   * A header's retourcodes: 0001 when {@code technical}, 8848 for a {@code dagtekening} after
   * {@code today}; none when the header is sound.
   */
  static List<String> headerCodes(boolean technical, LocalDate dagtekening, LocalDate today) {
    List<String> codes = new ArrayList<>();
    if (technical) {
      codes.add(RetourCodes.TECHNICAL);
    }
    if (dagtekening != null && dagtekening.isAfter(today)) {
      codes.add(RetourCodes.DAGTEKENING_IN_FUTURE);
    }
    return codes;
  }
}
