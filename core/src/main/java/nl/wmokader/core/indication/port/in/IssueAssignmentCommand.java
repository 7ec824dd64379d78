package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;

/**
 * Assign the grant of {@code indication} to {@code provider} from {@code start} to {@code end}
 * (none: open-ended). A specific assignment without a {@code product} takes the grant's.
 */
public record IssueAssignmentCommand(IndicationId indication, AgbCode provider, AssignmentType type,
                                     Option<ProductCode> product, Option<Volume> volume,
                                     LocalDate start, Option<LocalDate> end) {}
