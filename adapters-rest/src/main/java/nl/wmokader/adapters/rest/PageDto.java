package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wmokader.core.shared.Page;

/**
 * One page of a list resource: the items, where the page is ({@code page} 0-based, {@code pageSize}),
 * how many there are ({@code totalItems}, {@code totalPages}) and links to its neighbours that keep
 * the request's other query parameters. Built from the core's {@link Page}:
 * {@code call.respond(useCase.list(actor, call.pageRequest()).map(p -> PageDto.of(p, ThingDto::from, call)))}.
 */
public record PageDto<T>(List<T> items, int page, int pageSize, long totalItems, long totalPages, Links links) {

  public PageDto {
    items = List.copyOf(items);
    requireNonNull(links, "links");
  }

  /** Links to pages of the same list; {@code prev} and {@code next} are absent at the ends. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Links(Link self, Link first, Link prev, Link next, Link last) {}

  /** A hyperlink: an absolute path with query, relative to the server. */
  public record Link(String href) {}

  /** The DTO page of a domain page, with links built from the request's path and query. */
  public static <D, T> PageDto<T> of(Page<D> page, Function<? super D, ? extends T> toDto, ApiCall call) {
    return of(page.map(toDto), call.requestPath(), call.queryParams());
  }

  static <T> PageDto<T> of(Page<? extends T> page, String path, Map<String, List<String>> query) {
    int size = page.request().size();
    int number = page.request().page();
    long totalPages = (page.total() + size - 1) / size;
    long last = Math.max(totalPages - 1, 0);
    Links links = new Links(
        link(path, query, number, size),
        link(path, query, 0, size),
        number > 0 ? link(path, query, Math.min(number - 1, last), size) : null,
        number < last ? link(path, query, number + 1, size) : null,
        link(path, query, last, size));
    return new PageDto<>(page.items().map(t -> (T) t).toJavaList(), number, size, page.total(), totalPages, links);
  }

  private static Link link(String path, Map<String, List<String>> query, long page, int size) {
    StringBuilder href = new StringBuilder(path).append('?');
    query.forEach((name, values) -> {
      if (!name.equals("page") && !name.equals("pageSize")) {
        values.forEach(v -> href.append(encode(name)).append('=').append(encode(v)).append('&'));
      }
    });
    href.append("page=").append(page).append("&pageSize=").append(size);
    return new Link(href.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
