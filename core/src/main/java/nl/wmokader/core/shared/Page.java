package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
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

  /**
   * Every item of a paged list, asked page by page (at the largest page size) until the total is
   * reached: how one subdomain reads another's whole list through its use case.
   */
  public static <T> Either<DomainError, Seq<T>> all(Function<PageRequest, Either<DomainError, Page<T>>> list) {
    Seq<T> items = List.empty();
    for (int page = 0; ; page++) {
      Either<DomainError, Page<T>> next = list.apply(new PageRequest(page, PageRequest.MAX_SIZE));
      if (next.isLeft()) {
        return Either.left(next.getLeft());
      }
      items = items.appendAll(next.get().items());
      if (next.get().items().isEmpty() || items.size() >= next.get().total()) {
        return Either.right(items);
      }
    }
  }

  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(items.map(f), total, request);
  }
}
