package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Assign the grant of {@code indication} to {@code provider} from {@code start} to {@code end}
 * (none: open-ended), as iWmo assignment {@code number} (none: the municipality's next). A specific
 * assignment without a {@code product} takes the grant's. Made from
 * raw values by {@link #read} (presence and formats); {@link #validated} is the second round the
 * use case applies after access (what the assignment type needs or forbids).
 */
public record IssueAssignmentCommand(IndicationId indication, AgbCode provider, AssignmentType type,
                                     Option<ProductCode> product, Option<Volume> volume,
                                     LocalDate start, Option<LocalDate> end, Option<AssignmentNumber> number) {

  /** As the canonical constructor, numbered by the municipality's sequence. */
  public IssueAssignmentCommand(IndicationId indication, AgbCode provider, AssignmentType type,
                                Option<ProductCode> product, Option<Volume> volume, LocalDate start,
                                Option<LocalDate> end) {
    this(indication, provider, type, product, volume, start, end, Option.none());
  }

  /** As {@link #read(String, String, AssignmentType, String, VolumeInput, LocalDate, LocalDate, String)} without a number. */
  public static Either<DomainError, IssueAssignmentCommand> read(String indication, String provider, AssignmentType type,
                                                                 String product, VolumeInput volume, LocalDate start,
                                                                 LocalDate end) {
    return read(indication, provider, type, product, volume, start, end, null);
  }

  /**
   * The command from raw values ({@code indication} a UUID, {@code provider} an AGB code; without
   * {@code product}, {@code volume}, {@code end} or {@code number} none; {@code number} the iWmo
   * ToewijzingNummer, 1 to 9 digits), or every missing or malformed field ({@code volume.quantity}).
   */
  public static Either<DomainError, IssueAssignmentCommand> read(String indication, String provider, AssignmentType type,
                                                                 String product, VolumeInput volume, LocalDate start,
                                                                 LocalDate end, String number) {
    FieldChecks check = new FieldChecks();
    UUID indicationId = check.uuid("indication", indication);
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    AssignmentType assignmentType = check.present("type", type);
    ProductCode productCode = product == null ? null : check.valid(ProductCode.validate("product", product));
    Volume parsedVolume = volume == null ? null : volume.read(check, "volume");
    LocalDate from = check.present("start", start);
    AssignmentNumber given = number == null ? null : check.valid(AssignmentNumber.validate("number", number));
    if (from != null && end != null && end.isBefore(from)) {
      check.add("end", "before_start", "must not lie before start");
    }
    return check.resultFrom(() -> new IssueAssignmentCommand(new IndicationId(indicationId), agb, assignmentType,
        Option.of(productCode), Option.of(parsedVolume), from, Option.of(end), Option.of(given)));
  }

  /**
   * This command when every component is given (none, not null, for an absent option), the end does
   * not lie before the start, the type has the product and volume it needs and none it forbids, and
   * a weekly volume ends.
   */
  public Either<DomainError, IssueAssignmentCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("indication", indication);
    checks.required("provider", provider);
    checks.required("type", type);
    checks.required("product", product, "give Option.none() when absent");
    checks.required("volume", volume, "give Option.none() when absent");
    checks.required("start", start);
    checks.required("end", end, "give Option.none() when open-ended");
    checks.required("number", number, "give Option.none() for the municipality's next");
    if (start != null && end != null) {
      checks.check(!end.exists(e -> e.isBefore(start)), "end", "before_start", "must not lie before start");
    }
    if (type != null && product != null && volume != null) {
      switch (type) {
        case SPECIFIC:
          checks.check(volume.isDefined(), "volume", "required", "a specific assignment has a volume");
          break;
        case ASPECIFIC:
          checks.check(product.isEmpty(), "product", "not_allowed", "an aspecific assignment names no product");
          break;
        case GENERIC:
        default:
          checks.check(product.isEmpty(), "product", "not_allowed", "a generic assignment names no product");
          checks.check(volume.exists(v -> v.unit() == Unit.EUROS), "volume", "unit_euros",
              "a generic assignment is a budget in euros");
          break;
      }
    }
    if (volume != null && end != null) {
      checks.check(!(end.isEmpty() && volume.exists(v -> v.frequency() == Frequency.PER_WEEK)), "end", "required",
          "a weekly volume needs an end date");
    }
    return checks.result(this);
  }
}
