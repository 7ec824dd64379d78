package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.wmokader.core.shared.Actor;

/**
 * The chain an entry is linked into: the acting party (role and organisation), the region's day and
 * a shard of the people acting for that party, written {@code party/day/shard}, as
 * {@code municipality:0828/2026-03-02/5}. Appends to one chain wait for each other; appends of
 * another organisation, another day or (mostly) another person do not. A request without a person
 * goes to shard 0.
 */
public record ChainKey(String party, LocalDate day, int shard) implements Comparable<ChainKey> {

  /** People of one party are spread over this many chains a day. */
  public static final int SHARDS = 8;
  /** The longest {@link #value()}: {@code municipality:0828/2026-03-02/5} and the like, with room. */
  public static final int MAX_LENGTH = 40;

  public ChainKey {
    requireNonNull(party, "party");
    requireNonNull(day, "day");
    if (party.isEmpty() || party.length() > 21 || !party.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z')
        || (ch >= '0' && ch <= '9') || ch == ':')) {
      throw new IllegalArgumentException("a chain's party is a role, optionally with ':' and its organisation's code");
    }
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw new IllegalArgumentException("a chain's day lies in the years 1..9999");
    }
    if (shard < 0 || shard >= SHARDS) {
      throw new IllegalArgumentException("a chain's shard is 0.." + (SHARDS - 1));
    }
  }

  /** The chain {@code record} belongs to. */
  public static ChainKey of(AuditRecord record) {
    Actor actor = record.actor();
    String party = actor.role().name().toLowerCase(Locale.ROOT) + record.organisation().map(o -> ":" + o).getOrElse("");
    // String.hashCode is specified by the language, so a person's shard is the same on every JVM
    int shard = actor.person().map(p -> Math.floorMod(p.hashCode(), SHARDS)).getOrElse(0);
    return new ChainKey(party, record.day(), shard);
  }

  /**
   * The chain of each of {@code records}, in their order. A batch is mostly one actor's at one
   * instant (a claim's clients, a page): its key is made once, not once a record.
   */
  public static ChainKey[] ofEach(Iterable<AuditRecord> records) {
    java.util.List<ChainKey> keys = new java.util.ArrayList<>();
    AuditRecord previous = null;
    for (AuditRecord r : records) {
      boolean sameChain = previous != null && previous.actor().equals(r.actor())
          && (previous.at().equals(r.at()) || previous.day().equals(r.day()));
      keys.add(sameChain ? keys.get(keys.size() - 1) : of(r));
      previous = r;
    }
    return keys.toArray(new ChainKey[0]);
  }

  /** The key as stored: {@code party/day/shard}. */
  public String value() {
    // written by hand: every entry's hash and row carry it, and LocalDate.toString is slow for that
    StringBuilder text = new StringBuilder(party.length() + 13).append(party).append('/');
    int year = day.getYear();
    int month = day.getMonthValue();
    int date = day.getDayOfMonth();
    text.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10)).append((char) ('0' + year / 10 % 10))
        .append((char) ('0' + year % 10)).append('-').append((char) ('0' + month / 10)).append((char) ('0' + month % 10))
        .append('-').append((char) ('0' + date / 10)).append((char) ('0' + date % 10));
    return text.append('/').append(shard).toString();
  }

  /** The key {@link #value()} wrote, if {@code value} is one. */
  public static Option<ChainKey> parse(String value) {
    if (value == null) {
      return Option.none();
    }
    String[] parts = value.split("/", -1);
    if (parts.length != 3) {
      return Option.none();
    }
    try {
      return Option.some(new ChainKey(parts[0], LocalDate.parse(parts[1]), Integer.parseInt(parts[2])));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Option.none();
    }
  }

  /** By {@link #value()}. */
  @Override
  public int compareTo(ChainKey o) {
    return value().compareTo(o.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
