package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.function.Function;

/** One page of a list, with the total number of items the list has. */
public record Page<T>(Seq<T> items, long total, PageRequest request) {
  public Page {
    requireNonNull(items, "items");
    requireNonNull(request, "request");
  }

  /** The page {@code request} asks of an already filtered and ordered {@code all}. */
  public static <T> Page<T> of(Seq<T> all, PageRequest request) {
    return new Page<>(all.drop(request.offset()).take(request.limit()), all.size(), request);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(items.map(f), total, request);
  }
}
