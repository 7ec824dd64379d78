package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;

/** A provider's declaration that it complied with the quality framework in {@code year}, with an optional statement. */
public record DeclareQualityComplianceCommand(AgbCode provider, int year, Option<String> statement) {}
