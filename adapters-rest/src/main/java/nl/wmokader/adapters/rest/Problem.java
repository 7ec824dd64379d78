package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response. {@code type} is
 * {@code about:blank}, so {@code title} is the HTTP status phrase; the stable, machine-readable
 * reason is the extension member {@code code}, and {@code invalidParams} lists every invalid field.
 * No member ever carries personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    requireNonNull(type, "type");
    requireNonNull(title, "title");
    requireNonNull(detail, "detail");
    requireNonNull(code, "code");
    invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
  }
}
