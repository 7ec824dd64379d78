package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.shared.AgbCode;

/**
 * A refusal to record: the provider, the day it refused, the reason, and an explanation in words
 * (required for {@link RefusalReason#OTHER}; at most 500 characters; never personal data).
 */
public record RecordRefusalCommand(AgbCode provider, LocalDate refusedOn, RefusalReason reason, Option<String> explanation) {}
