package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.InvestigationId;

/**
 * Records that {@code members} were informed of the outcome today; when absent or empty, the
 * members responsible for the provider's clients (its assignments that were not deleted).
 */
public record InformMembersCommand(InvestigationId investigation, Seq<MunicipalityCode> members) {}
