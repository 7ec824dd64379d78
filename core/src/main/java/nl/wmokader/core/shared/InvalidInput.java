package nl.wmokader.core.shared;

import io.vavr.collection.Seq;

/** The input was malformed: every invalid field at once, not only the first. */
public record InvalidInput(Seq<FieldError> errors) implements DomainError {
  public InvalidInput {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInput needs at least one field error");
    }
  }

  public static InvalidInput of(String field, String code, String message) {
    return new InvalidInput(io.vavr.collection.List.of(new FieldError(field, code, message)));
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_INPUT;
  }

  @Override
  public String message() {
    return errors.size() == 1 ? "1 invalid field" : errors.size() + " invalid fields";
  }
}
