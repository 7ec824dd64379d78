package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.KnownActors;

/**
 * Imports a folder of iWmo messages the way they arrive from the hubs: every {@code *.xml} file that
 * is neither an answer nor answered already is read as the message of the provider it comes from
 * (its header's Afzender, or a retour's Ontvanger: a registered provider; the hub vouched for the
 * sender), handed to the receiver of its message type,
 * and its answer written beside it: {@code NAME.xml} gets {@code NAME.325.xml} (the answer's message
 * number). What cannot be answered gets {@code NAME.error.txt} instead, saying why (never a value of
 * the message), and is tried again by the next import. Files are taken in name order, one at a time;
 * an answer is written to a temporary file first and moved into place, so a crash leaves no half
 * answer.
 */
public final class IwmoFolder {
  private static final Pattern NAMESPACE = Pattern.compile("http://www\\.istandaarden\\.nl/iwmo/3_2/wmo(\\d{3})/schema");
  private static final Pattern ANSWER = Pattern.compile(".*\\.\\d{3}\\.xml");

  private final Map<String, IwmoReceiver> receivers = new HashMap<>();
  private final KnownActors known;

  /** What became of one file. */
  public record Outcome(Path file, String message, Status status, String detail) {}

  /** Answered (an answer file written), noted (a retour), or not (an error file written). */
  public enum Status { ANSWERED, NOTED, NOT_ANSWERED }

  public IwmoFolder(List<IwmoReceiver> receivers, KnownActors known) {
    for (IwmoReceiver receiver : requireNonNull(receivers, "receivers")) {
      this.receivers.put(receiver.message(), receiver);
    }
    this.known = requireNonNull(known, "known");
  }

  /** Imports every message of {@code folder} not answered yet; the outcome of each, in order. */
  public List<Outcome> importFolder(Path folder) throws IOException {
    java.util.Set<String> names;
    try (Stream<Path> listing = Files.list(folder)) {
      names = listing.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
    // what has been answered: NAME.xml by NAME.nnn.xml, a retour by NAME.noted.json
    java.util.Set<String> answered = new java.util.HashSet<>();
    for (String name : names) {
      if (ANSWER.matcher(name).matches()) {
        answered.add(name.substring(0, name.length() - ".nnn.xml".length()));
      } else if (name.endsWith(".noted.json")) {
        answered.add(name.substring(0, name.length() - ".noted.json".length()));
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".xml") && !ANSWER.matcher(name).matches()
          && !answered.contains(name.substring(0, name.length() - ".xml".length()))) {
        outcomes.add(importFile(folder.resolve(name)));
      }
    }
    return outcomes;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".xml".length());
  }

  private Outcome importFile(Path file) throws IOException {
    if (Files.size(file) > IwmoXml.MAX_MESSAGE_BYTES) {
      return notAnswered(file, "?", "larger than the standard's 25 MB");
    }
    Addressed addressed;
    try (InputStream in = Files.newInputStream(file)) {
      addressed = address(in);
    } catch (IwmoCursor.Unreadable e) {
      return notAnswered(file, "?", e.getMessage());
    }
    IwmoReceiver receiver = receivers.get(addressed.message());
    if (receiver == null) {
      return notAnswered(file, addressed.message(), "message " + addressed.message() + " is not received here");
    }
    if (addressed.provider() == null || !known.isRegistered(AgbCode.of(addressed.provider()))) {
      return notAnswered(file, addressed.message(), "the provider it comes from is not one registered with the region");
    }
    IwmoReceiver.Receipt receipt;
    try (InputStream in = Files.newInputStream(file)) {
      receipt = receiver.receive(Actor.provider(AgbCode.of(addressed.provider())), in);
    }
    if (receipt instanceof IwmoReceiver.Receipt.Answered answer) {
      Path target = file.resolveSibling(stem(file) + "." + answer.message() + ".xml");
      write(target, answer.xml());
      return new Outcome(file, addressed.message(), Status.ANSWERED, target.getFileName().toString());
    }
    if (receipt instanceof IwmoReceiver.Receipt.Noted noted) {
      write(file.resolveSibling(stem(file) + ".noted.json"), nl.wmokader.adapters.rest.Json.write(noted.acknowledgement()));
      return new Outcome(file, addressed.message(), Status.NOTED, stem(file) + ".noted.json");
    }
    if (receipt instanceof IwmoReceiver.Receipt.Refused refused) {
      return notAnswered(file, addressed.message(), refused.error().message());
    }
    return notAnswered(file, addressed.message(), ((IwmoReceiver.Receipt.Unreadable) receipt).why());
  }

  /**
   * The message type (from the root's namespace) and the provider it comes from: its Afzender, or,
   * for a retour (which repeats the header of the municipality's message it answers), its
   * Ontvanger; null when neither is an AGB code or the type is not received.
   */
  private record Addressed(String message, String provider) {}

  private Addressed address(InputStream in) throws IOException, IwmoCursor.Unreadable {
    try (IwmoCursor cursor = IwmoCursor.open(in)) {
      String namespace = cursor.root();
      Matcher m = NAMESPACE.matcher(namespace);
      if (!m.matches()) {
        throw new IwmoCursor.Unreadable("not an iWmo 3.2 message (its namespace)");
      }
      if (!receivers.containsKey(m.group(1))) {
        return new Addressed(m.group(1), null);   // answered as not received here, whatever its header
      }
      IwmoHeader header = IwmoHeader.readOpen(cursor, namespace);
      String provider = isAgb(header.sender()) ? header.sender() : isAgb(header.receiver()) ? header.receiver() : null;
      return new Addressed(m.group(1), provider);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IwmoCursor.Unreadable("the message is not well-formed XML with an iWmo header");
    }
  }

  private static boolean isAgb(String code) {
    return code != null && code.length() == 8 && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private Outcome notAnswered(Path file, String message, String why) throws IOException {
    write(file.resolveSibling(stem(file) + ".error.txt"), (why + "\n").getBytes(StandardCharsets.UTF_8));
    return new Outcome(file, message, Status.NOT_ANSWERED, why);
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    Files.write(partial, bytes);
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
