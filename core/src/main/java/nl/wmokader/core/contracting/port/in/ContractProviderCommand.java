package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;

/** Contracts a registered provider for a procurement period with initial lots (possibly none). */
public record ContractProviderCommand(AgbCode provider, DateRange period, Seq<NewLot> lots) {}
