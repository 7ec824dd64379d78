package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
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
  private static final SerializedString ITEMS = new SerializedString("items");
  private static final SerializedString PAGE = new SerializedString("page");
  private static final SerializedString PAGE_SIZE = new SerializedString("pageSize");
  private static final SerializedString TOTAL_ITEMS = new SerializedString("totalItems");
  private static final SerializedString TOTAL_PAGES = new SerializedString("totalPages");
  private static final SerializedString LINKS = new SerializedString("links");
  private static final SerializedString SELF = new SerializedString("self");
  private static final SerializedString FIRST = new SerializedString("first");
  private static final SerializedString PREV = new SerializedString("prev");
  private static final SerializedString NEXT = new SerializedString("next");
  private static final SerializedString LAST = new SerializedString("last");
  private static final SerializedString HREF = new SerializedString("href");

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
    return new PageDto<>(page.items().map(t -> (T) t).toJavaList(), page.request().page(), size, page.total(),
        totalPages(page), links(page, path, query));
  }

  private static long totalPages(Page<?> page) {
    int size = page.request().size();
    return (page.total() + size - 1) / size;
  }

  private static Links links(Page<?> page, String path, Map<String, List<String>> query) {
    int size = page.request().size();
    int number = page.request().page();
    long last = Math.max(totalPages(page) - 1, 0);
    return new Links(
        link(path, query, number, size),
        link(path, query, 0, size),
        number > 0 ? link(path, query, Math.min(number - 1, last), size) : null,
        number < last ? link(path, query, number + 1, size) : null,
        link(path, query, last, size));
  }

  /**
   * The page as {@link #of} and the mapper would write it, each item by {@code item}: for a list read
   * often, whose items are cheaper to write by hand than by reflection.
   */
  static <D> void write(Page<D> page, ApiCall.JsonWriter<? super D> item, String path,
      Map<String, List<String>> query, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName(ITEMS);
    out.writeStartArray();
    for (D d : page.items()) {
      item.write(d, out);
    }
    out.writeEndArray();
    JsonFields.number(out, PAGE, page.request().page());
    JsonFields.number(out, PAGE_SIZE, page.request().size());
    JsonFields.number(out, TOTAL_ITEMS, page.total());
    JsonFields.number(out, TOTAL_PAGES, totalPages(page));
    Links links = links(page, path, query);
    out.writeFieldName(LINKS);
    out.writeStartObject();
    link(out, SELF, links.self());
    link(out, FIRST, links.first());
    link(out, PREV, links.prev());
    link(out, NEXT, links.next());
    link(out, LAST, links.last());
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void link(JsonGenerator out, SerializedString name, Link link) throws IOException {
    if (link != null) {
      out.writeFieldName(name);
      out.writeStartObject();
      JsonFields.string(out, HREF, link.href());
      out.writeEndObject();
    }
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
