package nl.wmokader.core.indication.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A provider's request to a member municipality (verzoek om toewijzing, iWmo 315; verzoek om
 * wijziging, iWmo 317): assign a product to a client, or change the volume or the end date of an
 * assignment of its own. Open until the municipality's staff answer it, once: granted (the
 * assignment issued or changed, which {@link #outcome()} names) or refused with the standard's
 * reason, which the 319 carries.
 *
 * <p>One shape for both kinds: a request for an assignment names a {@link #category()} (and maybe a
 * product) and the period asked for, {@link #start()} to {@link #end()}; a change request names the
 * {@link #assignment()} by its iWmo number, {@link #start()} as the day the change is to take effect
 * (GewensteIngangsdatum) and exactly one of a new {@link #volume()} or a new {@link #end()}.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractAssignmentRequest {

  public abstract AssignmentRequestId id();

  public abstract RequestKind kind();

  /** The provider that asks; only it sees the request beside the municipality's staff. */
  public abstract AgbCode provider();

  /** The member municipality asked (the message's Ontvanger), responsible for the client. */
  public abstract MunicipalityCode municipality();

  /** Personal data: never logged. */
  public abstract Bsn client();

  /** ReferentieAanbieder: unique per provider. */
  public abstract ProviderReference reference();

  /** The day the request was received. */
  public abstract LocalDate receivedOn();

  /** The category asked for: present exactly on a request for an assignment. */
  @Value.Default
  public Option<ProductCategory> category() {
    return Option.none();
  }

  /** The product asked for (a specific assignment), when named. */
  @Value.Default
  public Option<ProductCode> product() {
    return Option.none();
  }

  /** The volume asked for; on a change request, the new volume when the volume is to change. */
  @Value.Default
  public Option<Volume> volume() {
    return Option.none();
  }

  /** The first day asked for; on a change request, the day the change takes effect. */
  public abstract LocalDate start();

  /** The last day asked for (none: open-ended); on a change request, the new end date when the end is to move. */
  @Value.Default
  public Option<LocalDate> end() {
    return Option.none();
  }

  /** ToewijzingNummer of the assignment to change: present exactly on a change request. */
  @Value.Default
  public Option<AssignmentNumber> assignment() {
    return Option.none();
  }

  @Value.Default
  public AssignmentRequestStatus status() {
    return AssignmentRequestStatus.OPEN;
  }

  /** Why it was refused: present exactly when refused. */
  @Value.Default
  public Option<RequestRefusalReason> refusal() {
    return Option.none();
  }

  /** The day it was answered: present exactly when answered. */
  @Value.Default
  public Option<LocalDate> answeredOn() {
    return Option.none();
  }

  /** The assignment issued (315) or the one in force after the change (317): present exactly when granted. */
  @Value.Default
  public Option<AssignmentId> outcome() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (kind() == RequestKind.ASSIGNMENT) {
      require(category().isDefined() && assignment().isEmpty(), "a request for an assignment names a category, no assignment");
      require(!(end().exists(e -> e.isBefore(start()))), "the end does not lie before the start");
    } else {
      require(assignment().isDefined() && category().isEmpty() && product().isEmpty(),
          "a change request names an assignment, no category or product");
      require(volume().isDefined() != end().isDefined(), "a change request changes the volume or the end, one of them");
    }
    AssignmentRequestStatus s = status();
    require(refusal().isDefined() == (s == AssignmentRequestStatus.REFUSED), "a refusal exactly when refused");
    require(outcome().isDefined() == (s == AssignmentRequestStatus.GRANTED), "an outcome exactly when granted");
    require(answeredOn().isDefined() == s.isAnswered(), "an answer date exactly when answered");
    require(answeredOn().forAll(d -> !d.isBefore(receivedOn())), "answered on or after the day received");
    require(version() >= 0, "version >= 0");
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalStateException(message);
    }
  }

  /** The period a request for an assignment asks for. */
  public DateRange period() {
    return DateRange.of(start(), end());
  }

  /** Granted on {@code on}, with the assignment that executes it; once, and not before it was received. */
  public Either<AssignmentRequestError, AssignmentRequest> grant(AssignmentId outcome, LocalDate on) {
    return answerable(on).map(r -> answered(AssignmentRequestStatus.GRANTED, Option.none(), Option.some(outcome), on));
  }

  /** Refused on {@code on} for {@code reason}; once, and not before it was received. */
  public Either<AssignmentRequestError, AssignmentRequest> refuse(RequestRefusalReason reason, LocalDate on) {
    return answerable(on).map(r -> answered(AssignmentRequestStatus.REFUSED, Option.some(reason), Option.none(), on));
  }

  /** A copy with its answer, checked once as a whole (each {@code withX} would check alone). */
  private AssignmentRequest answered(AssignmentRequestStatus status, Option<RequestRefusalReason> refusal,
                                     Option<AssignmentId> outcome, LocalDate on) {
    return AssignmentRequest.builder()
        .id(id())
        .kind(kind())
        .provider(provider())
        .municipality(municipality())
        .client(client())
        .reference(reference())
        .receivedOn(receivedOn())
        .category(category())
        .product(product())
        .volume(volume())
        .start(start())
        .end(end())
        .assignment(assignment())
        .status(status)
        .refusal(refusal)
        .answeredOn(Option.some(on))
        .outcome(outcome)
        .version(version())
        .build();
  }

  /** This request, when it may be answered on {@code on}: still open, and received by then. */
  public Either<AssignmentRequestError, AbstractAssignmentRequest> answerable(LocalDate on) {
    if (status().isAnswered()) {
      return Either.left(new AssignmentRequestError.AlreadyAnswered(id(), status()));
    }
    if (on.isBefore(receivedOn())) {
      return Either.left(new AssignmentRequestError.AnsweredBeforeReceived(id(), receivedOn()));
    }
    return Either.right(this);
  }
}
