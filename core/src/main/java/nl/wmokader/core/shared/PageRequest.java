package nl.wmokader.core.shared;

import io.vavr.control.Validation;

/**
 * Which slice of a list to return: zero-based page number and page size (1..{@value #MAX_SIZE}).
 * The offset (page × size) always fits an {@code int}, so no list is ever asked to skip a
 * negative or wrapped-around number of items.
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page >= 0, 1 <= size <= " + MAX_SIZE + " and page * size fits an int");
    }
  }

  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  public static Validation<io.vavr.collection.Seq<FieldError>, PageRequest> validate(int page, int size) {
    io.vavr.collection.List<FieldError> errors = io.vavr.collection.List.empty();
    if (page < 0) {
      errors = errors.append(new FieldError("page", "out_of_range", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors = errors.append(new FieldError("pageSize", "out_of_range", "must be 1.." + MAX_SIZE));
    } else if (page >= 0 && (long) page * size > Integer.MAX_VALUE) {
      errors = errors.append(new FieldError("page", "out_of_range", "lies beyond any list"));
    }
    return errors.isEmpty() ? Validation.valid(new PageRequest(page, size)) : Validation.invalid(errors);
  }

  public int offset() {
    return page * size;
  }

  public int limit() {
    return size;
  }
}
