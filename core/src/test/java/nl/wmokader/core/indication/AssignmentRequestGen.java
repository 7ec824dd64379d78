package nl.wmokader.core.indication;

import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.RequestKind;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of providers' requests (iWmo 315/317) for properties and the repository contract. */
public final class AssignmentRequestGen {
  public static final io.vavr.collection.List<AgbCode> PROVIDERS =
      io.vavr.collection.List.of(AgbCode.of("98000001"), AgbCode.of("98000002"), AgbCode.of("98000003"));
  public static final io.vavr.collection.List<MunicipalityCode> MUNICIPALITIES =
      io.vavr.collection.List.of(MunicipalityCode.of("0828"), MunicipalityCode.of("1721"), MunicipalityCode.of("0755"));

  private AssignmentRequestGen() {}

  public static AssignmentRequestId requestId(long n) {
    return new AssignmentRequestId(new UUID(0x5150L, n));
  }

  /** An open request for an assignment of guidance by the first provider to the first municipality. */
  public static AssignmentRequest example(long n) {
    return AssignmentRequest.builder()
        .id(requestId(n))
        .kind(RequestKind.ASSIGNMENT)
        .provider(PROVIDERS.head())
        .municipality(MUNICIPALITIES.head())
        .client(AssignmentGen.client(1))
        .reference(ProviderReference.of("REF-" + n))
        .receivedOn(LocalDate.of(2024, 3, 1))
        .category(Option.some(nl.wmokader.core.catalogue.domain.ProductCategory.GUIDANCE))
        .product(Option.some(AssignmentGen.GUIDANCE_A))
        .start(LocalDate.of(2024, 3, 4))
        .end(Option.some(LocalDate.of(2024, 6, 30)))
        .build();
  }

  /** Open requests of either kind, received in 2024, never saved (version 0); ids and references from {@code n}. */
  public static Gen<AssignmentRequest> open() {
    return open(Generate.booleans());
  }

  /** Open change requests (iWmo 317). */
  public static Gen<AssignmentRequest> changes() {
    return open(Generate.constant(true));
  }

  private static Gen<AssignmentRequest> open(Gen<Boolean> changes) {
    return in -> {
      long n = integers().between(1, 1_000_000).generate(in);
      boolean change = changes.generate(in);
      LocalDate received = LocalDate.of(2024, 1, 1).plusDays(integers().between(0, 365).generate(in));
      LocalDate start = received.plusDays(integers().between(-30, 60).generate(in));
      Option<LocalDate> end = Generate.booleans().generate(in) ? Option.none()
          : Option.some(start.plusDays(integers().between(0, 400).generate(in)));
      AssignmentRequest.Builder b = AssignmentRequest.builder()
          .id(requestId(n))
          .provider(Generate.pick(PROVIDERS.toJavaList()).generate(in))
          .municipality(Generate.pick(MUNICIPALITIES.toJavaList()).generate(in))
          .client(AssignmentGen.clients().generate(in))
          .reference(ProviderReference.of("REF-" + n))
          .receivedOn(received)
          .start(start);
      if (change) {
        boolean volume = Generate.booleans().generate(in);
        return b.kind(RequestKind.CHANGE)
            .assignment(Option.some(AssignmentNumber.of(integers().between(0, 999).generate(in))))
            .volume(volume ? Option.some(AssignmentGen.volumes().generate(in)) : Option.none())
            .end(volume ? Option.none() : end.orElse(Option.some(start)))
            .build();
      }
      var product = Generate.booleans().generate(in) ? Option.some(AssignmentGen.products().generate(in)) : Option.<nl.wmokader.core.catalogue.domain.ProductCode>none();
      return b.kind(RequestKind.ASSIGNMENT)
          .category(Option.some(product.map(AssignmentGen::categoryOf)
              .getOrElse(nl.wmokader.core.catalogue.domain.ProductCategory.GUIDANCE)))
          .product(product)
          .volume(Generate.booleans().generate(in) ? Option.some(AssignmentGen.volumes().generate(in)) : Option.none())
          .end(end)
          .build();
    };
  }

  /** Requests in any state: open, granted or refused on a day on or after they were received. */
  public static Gen<AssignmentRequest> any() {
    return in -> {
      AssignmentRequest open = open().generate(in);
      LocalDate on = open.receivedOn().plusDays(integers().between(0, 40).generate(in));
      switch (integers().between(0, 2).generate(in)) {
        case 0:
          return open;
        case 1:
          return open.grant(new AssignmentId(new UUID(0xa55L, integers().between(1, 99).generate(in))), on).get();
        default:
          return open.refuse(Generate.enumValues(RequestRefusalReason.class).generate(in), on).get();
      }
    };
  }
}
