package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Set;
import nl.wmokader.core.shared.Bsn;

/**
 * What a 301 says of a client beyond the BSN the core holds (its schema requires a birth date, a
 * gender and a name): the embedder's own records, such as the BRP, supply it. Without them the 301
 * carries the standard's "unknown" ({@link #unknown()}). Personal data: never logged.
 */
@FunctionalInterface
public interface IwmoClientParticulars {

  /**
   * A client's birth date, gender (the iWmo code: 0 unknown, 1 male, 2 female), surname with its
   * optional prefix (voorvoegsel, null when none) and optional initials (null when none), each as the
   * 301's schema allows it.
   */
  record Particulars(LocalDate birthDate, String gender, String surname, String prefix, String initials) {
    private static final Set<String> GENDERS = Set.of("0", "1", "2");

    public Particulars {
      requireNonNull(birthDate, "birthDate");
      if (!GENDERS.contains(gender)) {
        throw new IllegalArgumentException("gender is an iWmo code: 0, 1 or 2");
      }
      if (surname == null || surname.isBlank() || surname.strip().length() > 200) {
        throw new IllegalArgumentException("a surname is 1 to 200 characters");
      }
      if (prefix != null && (prefix.isBlank() || prefix.strip().length() > 10)) {
        throw new IllegalArgumentException("a prefix is 1 to 10 characters");
      }
      if (initials != null && (initials.isEmpty() || initials.length() > 6
          || !initials.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'À' && c <= 'ỳ'))) {
        throw new IllegalArgumentException("initials are 1 to 6 letters");
      }
      surname = surname.strip();
      prefix = prefix == null ? null : prefix.strip();
    }
  }

  /** The particulars of {@code client}, none when unknown. */
  Option<Particulars> of(Bsn client);

  /** No particulars for anyone: every 301 carries the standard's "unknown". */
  static IwmoClientParticulars unknown() {
    return client -> Option.none();
  }
}
