package nl.wmokader.core.settlement.port.out;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/** Which claims a list wants; every present criterion must hold ({@code municipality}: the addressed one). */
public record ClaimFilter(Option<AgbCode> provider, Option<MunicipalityCode> municipality, Option<YearMonth> month) {
  public ClaimFilter {
    requireNonNull(provider, "provider");
    requireNonNull(municipality, "municipality");
    requireNonNull(month, "month");
  }

  public static ClaimFilter all() {
    return new ClaimFilter(Option.none(), Option.none(), Option.none());
  }

  public ClaimFilter withProvider(AgbCode agb) {
    return new ClaimFilter(Option.some(agb), municipality, month);
  }

  public ClaimFilter withMunicipality(MunicipalityCode code) {
    return new ClaimFilter(provider, Option.some(code), month);
  }

  public ClaimFilter withMonth(YearMonth m) {
    return new ClaimFilter(provider, municipality, Option.some(m));
  }
}
