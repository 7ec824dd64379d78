package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * {@code provider} asks {@code municipality} to assign {@code category} (and {@code product}, when
 * named) to {@code client} from {@code start} to {@code end} (none: open-ended) in {@code volume}, under
 * its own {@code reference} (iWmo 315's AangevraagdProduct). Made from raw values by {@link #read};
 * {@link #validated} is the second round the use case applies after access.
 */
public record SubmitAssignmentRequestCommand(MunicipalityCode municipality, AgbCode provider, Bsn client,
                                             ProviderReference reference, ProductCategory category,
                                             Option<ProductCode> product, Option<Volume> volume, LocalDate start,
                                             Option<LocalDate> end) {

  /**
   * The command from raw values ({@code municipality} a CBS code, {@code provider} an AGB code,
   * {@code client} a BSN, {@code category} an iWmo category code such as "02"; without {@code product},
   * {@code volume} or {@code end} none), or every missing or malformed field. A BSN's error never
   * repeats it.
   */
  public static Either<DomainError, SubmitAssignmentRequestCommand> read(String municipality, String provider,
      String client, String reference, String category, String product, VolumeInput volume, LocalDate start,
      LocalDate end) {
    FieldChecks check = new FieldChecks();
    RequestFields fields = RequestFields.read(check, municipality, provider, client, reference);
    ProductCategory cat = check.code("category", category, ProductCategory::ofCode);
    ProductCode code = product == null ? null : check.valid(ProductCode.validate("product", product));
    Volume v = volume == null ? null : volume.read(check, "volume");
    LocalDate from = check.present("start", start);
    if (from != null && end != null && end.isBefore(from)) {
      check.add("end", "before_start", "must not lie before start");
    }
    return check.resultFrom(() -> new SubmitAssignmentRequestCommand(fields.municipality(), fields.provider(),
        fields.client(), fields.reference(), cat, Option.of(code), Option.of(v), from, Option.of(end)))
        .flatMap(SubmitAssignmentRequestCommand::validated);
  }

  /**
   * This command when every component is given (none, not null, for an absent option), the end does
   * not lie before the start, and a weekly volume ends.
   */
  public Either<DomainError, SubmitAssignmentRequestCommand> validated() {
    FieldChecks checks = new FieldChecks();
    RequestFields.require(checks, municipality, provider, client, reference);
    checks.required("category", category);
    checks.required("product", product, "give Option.none() when absent");
    checks.required("volume", volume, "give Option.none() when absent");
    checks.required("start", start);
    checks.required("end", end, "give Option.none() when open-ended");
    if (start != null && end != null) {
      checks.check(!end.exists(e -> e.isBefore(start)), "end", "before_start", "must not lie before start");
    }
    if (volume != null && end != null) {
      checks.check(!(end.isEmpty() && volume.exists(v -> v.frequency() == Frequency.PER_WEEK)), "end", "required",
          "a weekly volume needs an end date");
    }
    return checks.result(this);
  }
}
