package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;

/** Which claims to list (each criterion optional) and which page. */
public record ListClaimsQuery(Option<AgbCode> provider, Option<MunicipalityCode> municipality, Option<YearMonth> month,
                              PageRequest page) {}
