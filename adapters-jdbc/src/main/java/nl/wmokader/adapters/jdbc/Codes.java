package nl.wmokader.adapters.jdbc;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The codes read back by the thousand (providers, members, products): each validated once, then
 * shared, since a region or vendor has a few thousand of them at most. Validating a code costs a
 * regular expression; reading a month's settlement or ten thousand claim lines would pay it for
 * every row. A table that outgrows {@link #MAX} entries starts afresh. Not for personal data.
 */
final class Codes {
  static final int MAX = 10_000;

  private static final ConcurrentHashMap<String, AgbCode> PROVIDERS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, MunicipalityCode> MEMBERS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, ProductCode> PRODUCTS = new ConcurrentHashMap<>();

  private Codes() {}

  static AgbCode provider(String value) {
    return cached(PROVIDERS, value, AgbCode::of);
  }

  static MunicipalityCode member(String value) {
    return cached(MEMBERS, value, MunicipalityCode::of);
  }

  static ProductCode product(String value) {
    return cached(PRODUCTS, value, ProductCode::of);
  }

  private static <T> T cached(ConcurrentHashMap<String, T> codes, String value, Function<String, T> parse) {
    T code = codes.get(value);
    if (code == null) {
      code = parse.apply(value);
      if (codes.size() >= MAX) {
        codes.clear();
      }
      codes.put(value, code);
    }
    return code;
  }
}
