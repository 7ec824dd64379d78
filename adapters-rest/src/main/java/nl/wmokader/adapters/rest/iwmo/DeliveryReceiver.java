package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.port.in.FindAssignmentsUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopUseCase;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Receives a provider's report of the start (305) or the stop (307) of delivery and answers its
 * technical retour (306, 308) at once, whatever the message's faults: they are answered by
 * retourcodes, at the header, the client and each product. Served by {@link IwmoRoutes} ({@code
 * POST /iwmo/305}, {@code /iwmo/307}) and {@link IwmoFolder}.
 *
 * <p>Each product names its assignment by ToewijzingNummer within the receiving municipality; the
 * report goes to the same use cases as the JSON API's ({@code ReportDeliveryStartUseCase}, {@code
 * ReportDeliveryStopUseCase}), as the acting provider, so that the core checks access and every
 * rule. An assignment that is absent, another provider's, or whose BSN, start or product is not the
 * message's is one that cannot be linked (9019): the answer does not tell them apart. Answers are
 * kept by sender and identification ({@link IwmoMessageLog}).
 */
public final class DeliveryReceiver implements IwmoReceiver {
  private static final String STATUS_FIRST = "1";

  private final DeliveryMessage.Kind kind;
  private final ReportDeliveryStartUseCase start;
  private final ReportDeliveryStopUseCase stop;
  private final FindAssignmentsUseCase find;
  private final GetRegionUseCase region;
  private final Clock clock;
  private final IwmoMessageLog log;

  /** The receiver of 305s (delivery start), answering 306s. */
  public static DeliveryReceiver starts(ReportDeliveryStartUseCase start, FindAssignmentsUseCase find,
                                        GetRegionUseCase region, Clock clock, IwmoMessageLog log) {
    return new DeliveryReceiver(DeliveryMessage.Kind.START, start, null, find, region, clock, log);
  }

  /** The receiver of 307s (delivery stop), answering 308s. */
  public static DeliveryReceiver stops(ReportDeliveryStopUseCase stop, FindAssignmentsUseCase find,
                                       GetRegionUseCase region, Clock clock, IwmoMessageLog log) {
    return new DeliveryReceiver(DeliveryMessage.Kind.STOP, null, stop, find, region, clock, log);
  }

  private DeliveryReceiver(DeliveryMessage.Kind kind, ReportDeliveryStartUseCase start, ReportDeliveryStopUseCase stop,
                           FindAssignmentsUseCase find, GetRegionUseCase region, Clock clock, IwmoMessageLog log) {
    this.kind = kind;
    this.start = kind == DeliveryMessage.Kind.START ? requireNonNull(start, "start") : null;
    this.stop = kind == DeliveryMessage.Kind.STOP ? requireNonNull(stop, "stop") : null;
    this.find = requireNonNull(find, "find");
    this.region = requireNonNull(region, "region");
    this.clock = requireNonNull(clock, "clock");
    this.log = requireNonNull(log, "log");
  }

  @Override
  public String message() {
    return kind == DeliveryMessage.Kind.START ? "305" : "307";
  }

  @Override
  public Receipt receive(Actor actor, InputStream body) throws IOException {
    // read only once a message is to be answered (not for a refused sender or a resubmission); no
    // region defined yet: no member to receive, answered 0001 from a stand-in (as the 323 is)
    io.vavr.Lazy<Option<Region>> theRegion = io.vavr.Lazy.of(() -> region.getRegion(Actor.region()).toOption());
    return ProviderMessageExchange.exchange(actor, body, log, kind.code,
        kind == DeliveryMessage.Kind.START ? "306" : "308", "report delivery",
        in -> DeliveryMessageReader.read(in, kind), DeliveryMessage::header,
        m -> answer(actor, theRegion.get().getOrNull(), m),
        m -> headerOnly(actor, theRegion.get().getOrNull(), m, List.of(RetourCodes.IDENTIFICATION_NOT_UNIQUE)));
  }

  /** The retour of a message read; a refusal that is not about the message (a lost race) as the error. */
  private Either<DomainError, byte[]> answer(Actor actor, Region region, DeliveryMessage message) {
    List<String> headerCodes = headerCodes(actor, region, message);
    if (!headerCodes.isEmpty() || message.client() == null) {
      return Either.right(headerOnly(actor, region, message, headerCodes));
    }
    int products = message.products().size();
    if (!Bsn.isValid(message.client().bsn())) {
      // the eleven-test is a constraint of the message: technical, and nothing of it is judged
      return Either.right(write(actor, region, message, List.of(RetourCodes.TECHNICAL),
          new DeliveryRetourWriter.Judged(List.of(RetourCodes.TECHNICAL),
              java.util.Collections.nCopies(products, List.of(RetourCodes.NOT_ASSESSED)))));
    }
    MunicipalityCode municipality = MunicipalityCode.of(message.header().receiver());
    Either<DomainError, Map<AssignmentNumber, Assignment>> numbered = assignments(municipality, message);
    if (numbered.isLeft()) {
      return Either.left(numbered.getLeft());
    }
    List<List<String>> productCodes = new ArrayList<>(products);
    for (DeliveryMessage.Product product : message.products()) {
      Either<DomainError, String> code = judge(actor, message, product, numbered.get());
      if (code.isLeft()) {
        return Either.left(code.getLeft());
      }
      productCodes.add(List.of(code.get()));
    }
    return Either.right(write(actor, region, message, List.of(RetourCodes.NO_REMARK),
        new DeliveryRetourWriter.Judged(List.of(RetourCodes.NO_REMARK), productCodes)));
  }

  /**
   * The header's faults as retourcodes: 0001 for any technical one (a problem the reader found, the
   * message code, version 3.2, the XSD versions, the identification, a sender other than the acting
   * provider, a receiver that is not a member of the region), 8848 for a dagtekening after today.
   */
  private List<String> headerCodes(Actor actor, Region region, DeliveryMessage message) {
    IwmoHeader h = message.header();
    boolean technical = !message.isTechnicallySound() || !h.isSoundFor(message.kind().code)
        || !actor.provider().get().value().equals(h.sender()) || !isMember(region, h.receiver());
    return IwmoIntake.headerCodes(technical, h.dagtekening(), LocalDate.now(clock));
  }

  /** Whether {@code receiver} is a member of {@code region} (none when no region is defined). */
  private static boolean isMember(Region region, String receiver) {
    return region != null && MunicipalityCode.validate("receiver", receiver).isValid()
        && region.isMember(MunicipalityCode.of(receiver));
  }

  /** The municipality's assignments the message's products name by number, in one read. */
  private Either<DomainError, Map<AssignmentNumber, Assignment>> assignments(MunicipalityCode municipality,
                                                                           DeliveryMessage message) {
    List<AssignmentNumber> numbers = new ArrayList<>();
    for (DeliveryMessage.Product p : message.products()) {
      if (p.number() != null) {
        numbers.add(AssignmentNumber.parse(p.number()));
      }
    }
    // read as the region, as the claim path reads them: a provider may not list by number, and the
    // report itself goes to the use case as the provider, whose access the core then checks
    return find.findAssignmentsByNumber(Actor.region(), municipality, Array.ofAll(numbers)).map(found -> {
      Map<AssignmentNumber, Assignment> byNumber = new HashMap<>();
      for (Assignment a : found) {
        a.number().forEach(n -> byNumber.put(n, a));
      }
      return byNumber;
    });
  }

  /** One product's retourcode: the core's answer to the report, or why it was not made. */
  private Either<DomainError, String> judge(Actor actor, DeliveryMessage message, DeliveryMessage.Product p,
                                            Map<AssignmentNumber, Assignment> numbered) {
    boolean stopping = message.kind() == DeliveryMessage.Kind.STOP;
    if (!STATUS_FIRST.equals(p.status()) || stopping && p.end().isBefore(p.begin())) {
      // corrections and removals (2, 3) are not supported yet; 9 is not for these messages; an end
      // before the begin breaks a constraint of the message
      return Either.right(RetourCodes.TECHNICAL);
    }
    Assignment a = p.number() == null ? null : numbered.get(AssignmentNumber.parse(p.number()));
    if (a == null || !isLinked(a, message.client().bsn(), p, stopping)) {
      return Either.right(RetourCodes.NOT_LINKED_TO_ASSIGNMENT);
    }
    Either<DomainError, Assignment> reported = stopping
        ? stop.reportDeliveryStop(actor, new ReportDeliveryStopCommand(a.id(), p.end(), StopReason.ofCode(p.reason()).get()))
        : start.reportDeliveryStart(actor, new ReportDeliveryStartCommand(a.id(), p.begin()));
    return reported.isRight() ? Either.right(RetourCodes.NO_REMARK) : refusal(reported.getLeft());
  }

  /**
   * Whether the product is about assignment {@code a}: its client, and where the product gives them
   * its category, code and the assignment's start; for a stop, the start of delivery reported.
   */
  private static boolean isLinked(Assignment a, String bsn, DeliveryMessage.Product p, boolean stopping) {
    return a.client().value().equals(bsn)
        && (p.category() == null || p.category().equals(a.category().code()))
        && (p.code() == null || a.product().forAll(code -> code.value().equals(p.code())))
        && (p.assignmentStart() == null || p.assignmentStart().equals(a.validity().start()))
        && (!stopping || a.deliveryStart().forAll(p.begin()::equals));
  }

  /** The core's refusal of a report as a product's retourcode; what is not about the product as the error. */
  private static Either<DomainError, String> refusal(DomainError error) {
    if (error instanceof CommonError.NotFound || error instanceof AssignmentError.DateOutOfRange) {
      return Either.right(RetourCodes.NOT_LINKED_TO_ASSIGNMENT);
    }
    if (error instanceof AssignmentError.AlreadyStarted) {
      return Either.right(RetourCodes.SAME_KEY_RECEIVED);
    }
    if (error instanceof AssignmentError.NotStarted) {
      return Either.right(RetourCodes.NO_EARLIER_MESSAGE);
    }
    if (error instanceof AssignmentError.NotActive notActive) {
      return Either.right(notActive.status() == AssignmentStatus.STOPPED ? RetourCodes.SAME_KEY_RECEIVED
          : RetourCodes.NOT_LINKED_TO_ASSIGNMENT);
    }
    if (error instanceof InvalidInput) {
      return Either.right(RetourCodes.TECHNICAL);   // a start after today
    }
    return Either.left(error);
  }

  private byte[] headerOnly(Actor actor, Region region, DeliveryMessage message, List<String> codes) {
    return write(actor, region, message, codes, null);
  }

  /**
   * The retour to the acting provider, from the message's receiver when that is a member (else the
   * region's central municipality, which answers for the region; 0000 before a region is defined).
   */
  private byte[] write(Actor actor, Region region, DeliveryMessage message, List<String> headerCodes,
                       DeliveryRetourWriter.Judged judged) {
    IwmoHeader h = message.header();
    LocalDate today = LocalDate.now(clock);
    String municipality = isMember(region, h.receiver()) ? h.receiver()
        : region != null ? region.central().code().value() : "0000";
    IwmoRetours.Answered answered = IwmoRetours.Answered.of(h, actor.provider().get().value(), municipality, today);
    return DeliveryRetourWriter.write(message.kind(), answered, new IwmoRetours.Own(log.nextIdentification(), today),
        headerCodes, message, judged);
  }
}
