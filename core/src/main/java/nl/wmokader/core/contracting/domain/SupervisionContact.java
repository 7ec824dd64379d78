package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import nl.wmokader.core.shared.FieldError;

/**
 * Whom supervisors contact at a provider (contactpersoon toezicht): a name, an e-mail address and a
 * phone number. A person's business contact details: shown to the region's staff, supervisors and the
 * provider itself, not to every reader of the provider register.
 */
public record SupervisionContact(String name, String email, String phone) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_PHONE_LENGTH = 40;
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+";
  private static final String PHONE_CHARACTERS = "[0-9 +()\\-]+";

  public SupervisionContact {
    requireNonNull(name, "name");
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    if (!errors("", name, email, phone).isEmpty()) {
      throw new IllegalArgumentException("an invalid supervision contact");
    }
  }

  /**
   * Every problem of untrusted contact details, fields named {@code prefix + "name"} etc.: the name
   * 1..200 characters, an e-mail address of the form {@code a@b.c} (at most 254 characters), a phone
   * number of digits, spaces, {@code + ( ) -} with 10 to 15 digits (at most 40 characters).
   */
  public static Seq<FieldError> errors(String prefix, String name, String email, String phone) {
    List<FieldError> errors = List.empty();
    if (name == null || name.isBlank()) {
      errors = errors.append(new FieldError(prefix + "name", "required", "is required"));
    } else if (name.strip().length() > MAX_NAME_LENGTH) {
      errors = errors.append(new FieldError(prefix + "name", "too_long", "must be at most " + MAX_NAME_LENGTH + " characters"));
    }
    if (email == null || email.isBlank()) {
      errors = errors.append(new FieldError(prefix + "email", "required", "is required"));
    } else if (email.strip().length() > MAX_EMAIL_LENGTH || !email.strip().matches(EMAIL)) {
      errors = errors.append(new FieldError(prefix + "email", "email_format", "must be an e-mail address"));
    }
    if (phone == null || phone.isBlank()) {
      errors = errors.append(new FieldError(prefix + "phone", "required", "is required"));
    } else {
      long digits = phone.chars().filter(Character::isDigit).count();
      if (!phone.strip().matches(PHONE_CHARACTERS) || digits < 10 || digits > 15 || phone.strip().length() > MAX_PHONE_LENGTH) {
        errors = errors.append(new FieldError(prefix + "phone", "phone_format",
            "must be a phone number of 10 to 15 digits (spaces, +, (, ) and - allowed; at most 40 characters)"));
      }
    }
    return errors;
  }

  /** The contact with surrounding blanks removed, as stored. */
  public static SupervisionContact stripped(String name, String email, String phone) {
    return new SupervisionContact(name.strip(), email.strip(), phone.strip());
  }
}
