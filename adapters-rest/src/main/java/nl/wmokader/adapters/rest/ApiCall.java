package nl.wmokader.adapters.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * One API request as a route sees it: the actor, the strictly parsed body, paging, and the ways to
 * answer. Whatever is wrong with the HTTP request itself ends it with a problem ({@link
 * ProblemException}); a use case's {@code Left} is answered by {@link #respond} as a problem too.
 */
public final class ApiCall {
  private final Context ctx;
  private final Settings settings;
  private final Actor actor;
  private boolean responded;

  ApiCall(Context ctx, Settings settings, Actor actor) {
    this.ctx = ctx;
    this.settings = settings;
    this.actor = actor;
  }

  /** The actor the request proved (by its authentication, resolved before the handler ran). */
  public Actor actor() {
    if (actor == null) {
      throw new IllegalStateException("a public route has no actor");
    }
    return actor;
  }

  /** The raw Javalin context, for what this class does not offer. */
  public Context context() {
    return ctx;
  }

  public String pathParam(String name) {
    return ctx.pathParam(name);
  }

  public Option<String> query(String name) {
    return Option.of(ctx.queryParam(name));
  }

  /**
   * The body as a use case's command: bound strictly into the request record, then converted by it.
   * Every unknown field, wrongly typed value and invalid field comes back at once as {@code
   * Left(InvalidInput)}; a missing, oversized, non-JSON or malformed body ends the request (413, 415,
   * 400).
   */
  public <C, R extends ApiRequest<C>> Either<DomainError, C> command(Class<R> requestType) {
    long max = settings.options().maxBodyBytes();
    return treeCommand(openBody(max), ctx.req().getContentLengthLong(), max, requestType);
  }

  /**
   * As {@link #command}, for a bulk resource: the body may be as large as {@link
   * RestOptions#maxBulkBodyBytes()} (a claim of 20,000 lines) instead of {@link RestOptions#maxBodyBytes()},
   * and is bound as it streams in ({@link JsonStreamBinder}), without a tree of the whole request.
   * The outcome is the same as {@link #command}'s, problems and every field error included.
   */
  public <C, R extends ApiRequest<C>> Either<DomainError, C> bulkCommand(Class<R> requestType) {
    long max = settings.options().maxBulkBodyBytes();
    return streamedCommand(openBody(max), max, requestType);
  }

  /** The body read whole, parsed into a tree and bound by {@link JsonBinder}. */
  static <C, R extends ApiRequest<C>> Either<DomainError, C> treeCommand(InputStream body, long declared, long max,
      Class<R> requestType) {
    return commandOf(JsonBinder.bind(Json.parse(readAll(body, declared, max)), requestType));
  }

  /**
   * The body bound token by token as it is read ({@link JsonStreamBinder}), with {@link #treeCommand}'s
   * outcome for every body: a body over {@code max} bytes is a 413 even when it goes wrong before
   * that, so a malformed one is read to its end (or to the limit) before it is called malformed.
   */
  static <C, R extends ApiRequest<C>> Either<DomainError, C> streamedCommand(InputStream body, long max,
      Class<R> requestType) {
    LimitedInputStream in = new LimitedInputStream(body, max);
    try (in) {
      JsonBinder.Bound<R> bound;
      JsonParser parser = Json.MAPPER.createParser(in);
      // The stream is ours to close, after reading the rest of a malformed body.
      parser.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
      try (parser) {
        bound = JsonStreamBinder.bind(parser, requestType);
      } catch (JacksonException malformed) {
        in.drain();
        throw Json.malformed();
      }
      return commandOf(bound);
    } catch (LimitedInputStream.TooLarge e) {
      throw tooLarge(max);
    } catch (IOException e) {
      throw unreadable();
    }
  }

  /** The request record's command, with the binder's errors first and the record's own after them. */
  private static <C, R extends ApiRequest<C>> Either<DomainError, C> commandOf(JsonBinder.Bound<R> bound) {
    Either<DomainError, C> command = bound.value().toCommand();
    if (bound.errors().isEmpty()) {
      return command;
    }
    List<FieldError> all = new ArrayList<>(bound.errors());
    if (command.isLeft() && command.getLeft() instanceof InvalidInput) {
      Set<String> reported = new HashSet<>();
      bound.errors().forEach(e -> reported.add(e.field()));
      ((InvalidInput) command.getLeft()).errors()
          .filter(e -> !reported.contains(e.field()))
          .forEach(all::add);
    }
    return Either.left(new InvalidInput(io.vavr.collection.List.ofAll(all)));
  }

  /** The body as a record, bound strictly; any invalid field ends the request with a 400 problem. */
  public <T extends Record> T body(Class<T> type) {
    long max = settings.options().maxBodyBytes();
    JsonBinder.Bound<T> bound = JsonBinder.bind(Json.parse(readAll(openBody(max), ctx.req().getContentLengthLong(), max)),
        type);
    if (!bound.errors().isEmpty()) {
      InvalidInput invalid = new InvalidInput(io.vavr.collection.List.ofAll(bound.errors()));
      throw new ProblemException(400, Problems.code(invalid), invalid.message(),
          invalid.errors().map(InvalidParam::from).toJavaList(), Map.of());
    }
    return bound.value();
  }

  /**
   * The page asked for by the query parameters {@code page} (0-based, default 0) and {@code pageSize}
   * (1..{@value PageRequest#MAX_SIZE}, default {@value PageRequest#DEFAULT_SIZE}); invalid ones end the
   * request with a 400 problem listing them.
   */
  /** The page asked for, or null with the paging errors added to {@code check}. */
  public PageRequest page(nl.wmokader.core.shared.FieldChecks check) {
    try {
      return pageRequest();
    } catch (ProblemException e) {
      e.invalidParams().forEach(p -> check.add(p.name(), p.code(), p.reason()));
      return null;
    }
  }

  public PageRequest pageRequest() {
    List<FieldError> errors = pagingErrors(ctx);
    if (errors.isEmpty()) {
      return PageRequest.validate(
          intQuery(ctx, "page", 0, errors), intQuery(ctx, "pageSize", PageRequest.DEFAULT_SIZE, errors)).get();
    }
    InvalidInput invalid = new InvalidInput(io.vavr.collection.List.ofAll(errors));
    throw new ProblemException(400, Problems.code(invalid), invalid.message(),
        invalid.errors().map(InvalidParam::from).toJavaList(), Map.of());
  }

  /**
   * Every error of the paging parameters at once: a non-integer one, and the range of each that
   * is an integer (a malformed one counts as its default for the other's check).
   */
  static List<FieldError> pagingErrors(Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    int page = intQuery(ctx, "page", 0, errors);
    int size = intQuery(ctx, "pageSize", PageRequest.DEFAULT_SIZE, errors);
    var validated = PageRequest.validate(page, size);
    if (validated.isInvalid()) {
      validated.getError().forEach(errors::add);
    }
    return errors;
  }

  private static int intQuery(Context ctx, String name, int fallback, List<FieldError> errors) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return fallback;
    }
    if (!raw.matches("-?[0-9]{1,9}")) {
      errors.add(new FieldError(name, "invalid_type", "must be an integer"));
      return fallback;
    }
    return Integer.parseInt(raw);
  }

  /** 200 with the DTO, or the error as a problem. */
  public void respond(Either<? extends DomainError, ?> result) {
    respond(200, result);
  }

  /** {@code status} with the DTO, or the error as a problem. */
  public void respond(int status, Either<? extends DomainError, ?> result) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      json(status, result.get());
    }
  }

  /** 201 with the DTO and a {@code Location} (relative to the base path, e.g. {@code /things/42}). */
  public <T> void created(Either<? extends DomainError, T> result, Function<? super T, String> location) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      ctx.header("Location", ctx.contextPath().replaceAll("/$", "") + settings.basePath() + location.apply(result.get()));
      json(201, result.get());
    }
  }

  /**
   * Writes an answer token by token: for a large one (a claim of 20,000 lines), instead of a DTO
   * the mapper serialises by reflection. Must write what the mapper would write for the DTO.
   */
  @FunctionalInterface
  public interface JsonWriter<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /** 200 with the value as {@code writer} writes it, or the error as a problem. */
  public <T> void respond(Either<? extends DomainError, T> result, JsonWriter<? super T> writer) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      json(200, Json.write(result.get(), writer));
    }
  }

  /**
   * 200 with the value as {@code answers} write it (the JSON written before when the core answers
   * the same instance again), or the error as a problem.
   */
  public <T> void respond(Either<? extends DomainError, T> result, WrittenAnswers<T> answers) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      json(200, answers.json(result.get()));
    }
  }

  /**
   * 200 with the page as {@link PageDto#of} would answer it, each item as {@code item} writes it (for
   * a list read often), or the error as a problem.
   */
  public <D> void respondPage(Either<? extends DomainError, Page<D>> result, JsonWriter<? super D> item) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      String path = requestPath();
      Map<String, List<String>> query = queryParams();
      json(200, Json.write(result.get(), (page, out) -> PageDto.write(page, item, path, query, out)));
    }
  }

  /** As {@link #created(Either, Function)}, with the value as {@code writer} writes it. */
  public <T> void created(Either<? extends DomainError, T> result, Function<? super T, String> location,
      JsonWriter<? super T> writer) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      ctx.header("Location", ctx.contextPath().replaceAll("/$", "") + settings.basePath() + location.apply(result.get()));
      json(201, Json.write(result.get(), writer));
    }
  }

  /**
   * 200 with the value as CSV ({@code table}) when the request's {@code Accept} asks for {@code
   * text/csv} before JSON, else as JSON ({@code dto}); or the error as a problem.
   */
  public <T> void respondTable(Either<? extends DomainError, T> result, Function<? super T, ?> dto,
      Function<? super T, Csv> table) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else if (wantsCsv()) {
      bytes(200, Csv.MEDIA_TYPE, table.apply(result.get()).bytes());
    } else {
      json(200, dto.apply(result.get()));
    }
  }

  /**
   * Whether {@code Accept} asks for {@code text/csv} more than for JSON ({@code application/json},
   * {@code application/*} or {@code *}{@code /*}): a higher quality, or the same and named first.
   */
  private boolean wantsCsv() {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    double csv = 0;
    double json = 0;
    int csvAt = Integer.MAX_VALUE;
    int jsonAt = Integer.MAX_VALUE;
    String[] parts = accept.split(",");
    for (int at = 0; at < parts.length; at++) {
      String[] pieces = parts[at].trim().split(";");
      String type = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
      double quality = 1;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].trim();
        if (parameter.startsWith("q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      if (type.equals("text/csv") && quality > csv) {
        csv = quality;
        csvAt = at;
      } else if ((type.equals("application/json") || type.equals("application/*") || type.equals("*/*"))
          && quality > json) {
        json = quality;
        jsonAt = at;
      }
    }
    return csv > 0 && (csv > json || (csv == json && csvAt < jsonAt));
  }

  /** 204 without a body, or the error as a problem. */
  public void noContent(Either<? extends DomainError, ?> result) {
    if (result.isLeft()) {
      fail(result.getLeft());
    } else {
      responded = true;
      ctx.status(204);
    }
  }

  /** The domain error as a problem. */
  public void fail(DomainError error) {
    responded = true;
    Problems.write(ctx, Problems.of(error, Problems.instance(ctx.path())), Map.of(), settings.apiVersion());
  }

  /** {@code status} with {@code body} as JSON. */
  public void json(int status, Object body) {
    json(status, Json.write(body));
  }

  private void json(int status, byte[] body) {
    responded = true;
    ctx.status(status).contentType("application/json").result(body);
  }

  void bytes(int status, String contentType, byte[] body) {
    responded = true;
    ctx.status(status).contentType(contentType).result(body);
  }

  /**
   * Answers with a server-sent event stream: {@code open} gets it, and this request's thread then
   * waits until it is closed (by its owner, or when a write finds the client gone), so a server
   * serves as many streams at once as it has threads to spare: bound them. A HEAD request gets the
   * headers only.
   */
  public void eventStream(java.util.function.Consumer<EventStream> open) throws IOException, InterruptedException {
    responded = true;
    jakarta.servlet.http.HttpServletResponse res = ctx.res();
    res.setStatus(200);
    res.setCharacterEncoding("UTF-8");
    res.setContentType("text/event-stream");
    // a proxy that buffers would hold the events back
    res.setHeader("X-Accel-Buffering", "no");
    if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
      return;
    }
    res.flushBuffer();
    EventStream stream = new EventStream(res.getOutputStream());
    try {
      open.accept(stream);
      stream.awaitClose();
    } finally {
      stream.close();
    }
  }

  boolean responded() {
    return responded;
  }

  String requestPath() {
    return ctx.path();
  }

  Map<String, List<String>> queryParams() {
    return ctx.queryParamMap();
  }

  /** Reads a request body from its stream. */
  public interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  /**
   * A body sent as {@code application/xml} (or {@code text/xml}) of at most {@code max} bytes, read
   * by {@code reader} as it streams in: another media type is a 415, a longer body a 413 (also when
   * the reader took the cut-off for a malformed body), as for JSON.
   */
  public <T> T xmlBody(long max, BodyReader<T> reader) {
    String type = ctx.header("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!media.equals("application/xml") && !media.equals("text/xml")) {
      if (ctx.req().getContentLengthLong() <= DRAIN_LIMIT) {
        drainBody();
      }
      throw new ProblemException(415, "unsupported_media_type",
          "The request body must be sent as Content-Type: application/xml.", List.of(), UNREAD_BODY);
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      if (declared <= DRAIN_LIMIT) {
        drainBody();
      }
      throw tooLarge(max);
    }
    LimitedInputStream in;
    try {
      in = new LimitedInputStream(ctx.req().getInputStream(), max);
    } catch (IOException e) {
      throw unreadable();
    }
    try (in) {
      T value = reader.read(in);
      if (in.exceeded()) {
        throw tooLarge(max);
      }
      return value;
    } catch (LimitedInputStream.TooLarge e) {
      throw tooLarge(max);
    } catch (IOException e) {
      throw unreadable();
    }
  }

  /** Answers {@code body}, an XML document in UTF-8. */
  public void xml(int status, byte[] body) {
    bytes(status, "application/xml; charset=UTF-8", body);
  }

  /** The body's stream, once its media type and declared length are acceptable. */
  private InputStream openBody(long max) {
    requireJsonContentType();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      if (declared <= DRAIN_LIMIT) {
        drainBody();
      }
      throw tooLarge(max);
    }
    try {
      return ctx.req().getInputStream();
    } catch (IOException e) {
      throw unreadable();
    }
  }

  /** Every byte of {@code body} (of {@code declared} length, -1 when unknown), closing it. */
  private static byte[] readAll(InputStream body, long declared, long max) {
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), max));
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) != -1) {
        total += n;
        if (total > max) {
          throw tooLarge(max);
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw unreadable();
    }
  }

  private static ProblemException unreadable() {
    return new ProblemException(400, "unreadable_body", "The request body could not be read.");
  }

  /**
   * The body was left (partly) unread, so the connection cannot carry another request: say so,
   * rather than let a client reuse a connection the server will drop.
   */
  static final Map<String, String> UNREAD_BODY = Map.of("Connection", "close");

  /**
   * How much of a refused body is read (and dropped) before the answer: closing a connection the
   * client is still sending on resets it, and the client may then lose the answer. Larger bodies
   * are not read: their client gets the reset.
   */
  static final long DRAIN_LIMIT = 1L << 20;

  private void drainBody() {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] chunk = new byte[8192];
      long left = DRAIN_LIMIT;
      int n;
      while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) != -1) {
        left -= n;
      }
    } catch (IOException e) {
      // the answer goes out all the same; the connection closes after it
    }
  }

  private void requireJsonContentType() {
    String type = ctx.header("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json") && !media.matches("application/[a-z0-9.+-]+\\+json")) {
      if (ctx.req().getContentLengthLong() <= DRAIN_LIMIT) {
        drainBody();
      }
      throw new ProblemException(415, "unsupported_media_type",
          "The request body must be sent as Content-Type: application/json.", List.of(), UNREAD_BODY);
    }
  }

  private static ProblemException tooLarge(long max) {
    return new ProblemException(413, "body_too_large", "The request body exceeds " + max + " bytes.", List.of(), UNREAD_BODY);
  }
}
