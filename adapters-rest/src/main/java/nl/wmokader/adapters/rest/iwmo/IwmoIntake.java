package nl.wmokader.adapters.rest.iwmo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ProblemException;

/**
 * How every message route takes a message in: the body read as it streams in (at most {@link
 * IwmoXml#MAX_MESSAGE_BYTES}), with the SHA-256 of every byte of it, the digest by which a message
 * sent again is told from another one with the same identification (retourcode 9056). A body whose
 * header cannot be read is no message: a 400 problem ({@code unreadable_message}), as no answer can
 * be addressed.
 */
final class IwmoIntake {
  private IwmoIntake() {}

  /** Reads a message of one type from a stream. */
  interface Reader<M> {
    M read(InputStream in) throws IwmoCursor.Unreadable, IOException;
  }

  /** A message read, and its body's digest. */
  record Received<M>(M message, byte[] digest) {}

  /** The message of {@code call}'s body; a 400 problem saying why when no {@code answer} can be addressed. */
  static <M> Received<M> receive(ApiCall call, Reader<M> reader, String answer) {
    Object read = call.xmlBody(IwmoXml.MAX_MESSAGE_BYTES, body -> readDigested(body, reader));
    if (read instanceof IwmoCursor.Unreadable unreadable) {
      throw new ProblemException(400, "unreadable_message",
          "The message cannot be answered with " + answer + ": " + unreadable.getMessage() + ".");
    }
    @SuppressWarnings("unchecked")
    Received<M> received = (Received<M>) read;
    return received;
  }

  /** The message with its digest, or why it has no readable header. */
  private static <M> Object readDigested(InputStream body, Reader<M> reader) throws IOException {
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
      return new Received<>(message, sha256.digest());
    } catch (IwmoCursor.Unreadable e) {
      return e;
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
