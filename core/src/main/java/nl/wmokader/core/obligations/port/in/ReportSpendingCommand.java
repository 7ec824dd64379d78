package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A provider's spending on one percentage obligation in a year: the amount (not negative) and what
 * it was spent on (at most 500 characters). It replaces an earlier report for the same year and kind.
 */
public record ReportSpendingCommand(AgbCode provider, int year, SpendingKind kind, Money amount, Option<String> description) {}
