package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.port.in.GetAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestUseCase;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Providers' requests as iWmo messages: the receivers of the 315 (verzoek om toewijzing, {@link
 * #assignmentRequests()}) and the 317 (verzoek om wijziging, {@link #changeRequests()}), answered at
 * once with their technical retour, 316 and 318, whatever the message's faults (served by {@link
 * IwmoRoutes} as {@code POST /iwmo/315} and {@code /iwmo/317}, and by {@link IwmoFolder}).
 * {@code GET /iwmo/319/{requestId}} is the 319 on a refused request, for its
 * provider and for the municipality that sends it on through its hub; {@code POST /iwmo/320} takes
 * the provider's technical retour on a 319, checks its header and records it (no retour on a retour).
 *
 * <p>Each AangevraagdProduct of a 315 is one request; a 317 is one request changing one
 * assignment. The XML layer checks the message and its header; the request's fields go as sent to
 * the command factories the JSON API uses, and the core's answer becomes the retourcodes.
 */
public final class IwmoRequestRoutes implements ApiRoutes {
  static final String CODE_315 = "444";
  static final String CODE_317 = "480";
  static final String CODE_320 = "483";

  private final SubmitAssignmentRequestUseCase submit;
  private final SubmitChangeRequestUseCase submitChange;
  private final GetAssignmentRequestUseCase get;
  private final GetRegionUseCase region;
  private final Clock clock;
  private final IwmoMessageLog log;

  public IwmoRequestRoutes(SubmitAssignmentRequestUseCase submit, SubmitChangeRequestUseCase submitChange,
                           GetAssignmentRequestUseCase get, GetRegionUseCase region, Clock clock, IwmoMessageLog log) {
    this.submit = requireNonNull(submit, "submit");
    this.submitChange = requireNonNull(submitChange, "submitChange");
    this.get = requireNonNull(get, "get");
    this.region = requireNonNull(region, "region");
    this.clock = requireNonNull(clock, "clock");
    this.log = requireNonNull(log, "log");
  }

  /** The receiver of 315s: each AangevraagdProduct one request, the 316 answering them. */
  public IwmoReceiver assignmentRequests() {
    return IwmoReceiver.of("315", (actor, body) -> ProviderMessageExchange.exchange(actor, body, log, CODE_315, "316",
        "submit assignment requests", RequestMessageReader::read315, Message315::header, m -> answer315(actor, m),
        m -> RequestRetourWriter.write316(addressing(actor, m.header()), headerOnly(RetourCodes.IDENTIFICATION_NOT_UNIQUE), null)));
  }

  /** The receiver of 317s: one request changing one assignment, the 318 answering it. */
  public IwmoReceiver changeRequests() {
    return IwmoReceiver.of("317", (actor, body) -> ProviderMessageExchange.exchange(actor, body, log, CODE_317, "318",
        "submit change requests", RequestMessageReader::read317, Message317::header, m -> answer317(actor, m),
        m -> RequestRetourWriter.write318(addressing(actor, m.header()), headerOnly(RetourCodes.IDENTIFICATION_NOT_UNIQUE), null)));
  }

  /** {@code GET /iwmo/319/{requestId}} and {@code POST /iwmo/320}; the 315 and 317 are {@link IwmoRoutes}'. */
  @Override
  public void register(ApiRouter router) {
    router.get("/iwmo/319/{requestId}", this::answer319);
    router.post("/iwmo/320", this::accept320);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Option<Region> theRegion() {
    return region.getRegion(Actor.region()).toOption();
  }

  private Predicate<MunicipalityCode> members() {
    Option<Region> r = theRegion();
    return m -> r.exists(x -> x.isMember(m));
  }

  private Message325Writer.Addressing addressing(Actor actor, IwmoHeader h) {
    return ProviderMessageExchange.addressing(actor, h, theRegion(), today());
  }

  private RequestRetourWriter.Answer headerOnly(String... codes) {
    return new RequestRetourWriter.Answer(log.nextIdentification(), today(), List.of(codes));
  }

  private RequestRetourWriter.Answer answer(List<String> headerCodes) {
    return new RequestRetourWriter.Answer(log.nextIdentification(), today(), headerCodes);
  }

  // 315 -> 316

  private Either<DomainError, byte[]> answer315(Actor actor, Message315 m) {
    Message325Writer.Addressing to = addressing(actor, m.header());
    List<String> header = ProviderMessageExchange.headerCodes(actor, m.header(), m.isTechnicallySound(), CODE_315,
        today(), members());
    if (!header.isEmpty() || m.client() == null || !repeatable(m)) {
      return Either.right(RequestRetourWriter.write316(to, answer(header.isEmpty() ? List.of(RetourCodes.TECHNICAL) : header), null));
    }
    boolean clientFault = false;
    List<List<String>> productCodes = new ArrayList<>();
    List<String> references = new ArrayList<>();
    for (Message315.Product p : m.products()) {
      references.add(p.reference());
      Either<DomainError, AssignmentRequest> done = SubmitAssignmentRequestCommand.read(m.header().receiver(),
              actor.provider().get().value(), m.client(), p.reference(), p.category(), p.product(), p.volume(),
              p.start(), p.end())
          .flatMap(command -> submit.submitAssignmentRequest(actor, command));
      if (done.isRight()) {
        productCodes.add(List.of(RetourCodes.NO_REMARK));
        continue;
      }
      DomainError error = done.getLeft();
      if (error instanceof InvalidInput invalid) {
        boolean aboutClient = invalid.errors().exists(e -> e.field().equals("client"));
        clientFault |= aboutClient;
        productCodes.add(List.of(invalid.errors().exists(e -> !e.field().equals("client")) ? RetourCodes.TECHNICAL
            : RetourCodes.NOT_ASSESSED));
      } else if (error instanceof CommonError.Duplicate) {
        productCodes.add(List.of(RetourCodes.REFERENCE_NOT_UNIQUE));
      } else {
        return Either.left(error);
      }
    }
    return Either.right(RequestRetourWriter.write316(to, answer(List.of(RetourCodes.NO_REMARK)),
        new RequestRetourWriter.Body316(m.client(), List.of(clientFault ? RetourCodes.TECHNICAL : RetourCodes.NO_REMARK),
            references, productCodes)));
  }

  /** Whether the 316 can repeat the 315's identifying values as its schema allows; else the header alone answers. */
  private static boolean repeatable(Message315 m) {
    return ProviderMessageExchange.isNineDigits(m.client())
        && m.products().stream().allMatch(p -> ProviderMessageExchange.isReference(p.reference()));
  }

  // 317 -> 318

  private Either<DomainError, byte[]> answer317(Actor actor, Message317 m) {
    Message325Writer.Addressing to = addressing(actor, m.header());
    List<String> header = ProviderMessageExchange.headerCodes(actor, m.header(), m.isTechnicallySound(), CODE_317,
        today(), members());
    if (!header.isEmpty() || m.client() == null || !repeatable(m)) {
      return Either.right(RequestRetourWriter.write318(to, answer(header.isEmpty() ? List.of(RetourCodes.TECHNICAL) : header), null));
    }
    List<String> numbers = new ArrayList<>();
    m.changes().forEach(c -> numbers.add(Long.toString(Long.parseLong(c.assignment()))));
    List<String> notAssessed = List.of(RetourCodes.NOT_ASSESSED);
    List<List<String>> changeCodes = new ArrayList<>();
    m.changes().forEach(c -> changeCodes.add(notAssessed));
    List<String> clientCodes = List.of(RetourCodes.NO_REMARK);
    List<String> requestCodes;
    if (m.changes().size() != 1 || m.newProducts()) {
      // one assignment changed per request is what the core carries out; more, or new products, not yet
      requestCodes = List.of(RetourCodes.TECHNICAL);
    } else {
      Message317.Change c = m.changes().get(0);
      Either<DomainError, AssignmentRequest> done = SubmitChangeRequestCommand.read(m.header().receiver(),
              actor.provider().get().value(), m.client(), m.reference(), c.assignment(), c.from(), c.volume(), c.end())
          .flatMap(command -> submitChange.submitChangeRequest(actor, command));
      requestCodes = List.of(RetourCodes.NO_REMARK);
      if (done.isRight()) {
        changeCodes.set(0, List.of(RetourCodes.NO_REMARK));
      } else if (done.getLeft() instanceof InvalidInput invalid) {
        if (invalid.errors().exists(e -> e.field().equals("client"))) {
          clientCodes = List.of(RetourCodes.TECHNICAL);
        }
        if (invalid.errors().exists(e -> !e.field().equals("client"))) {
          changeCodes.set(0, List.of(RetourCodes.TECHNICAL));
        }
      } else if (done.getLeft() instanceof CommonError.Duplicate) {
        requestCodes = List.of(RetourCodes.REFERENCE_NOT_UNIQUE);
      } else if (done.getLeft() instanceof CommonError.NotFound || done.getLeft() instanceof AssignmentError.NotActive) {
        changeCodes.set(0, List.of(RetourCodes.NO_CURRENT_ASSIGNMENT));
      } else {
        return Either.left(done.getLeft());
      }
    }
    return Either.right(RequestRetourWriter.write318(to, answer(List.of(RetourCodes.NO_REMARK)),
        new RequestRetourWriter.Body318(m.client(), clientCodes, m.reference(), requestCodes, numbers, changeCodes)));
  }

  private static boolean repeatable(Message317 m) {
    return ProviderMessageExchange.isNineDigits(m.client()) && ProviderMessageExchange.isReference(m.reference())
        && m.changes().stream().allMatch(c -> c.assignment() != null
            && nl.wmokader.core.indication.domain.AssignmentNumber.isWellFormed(c.assignment()));
  }

  // 319

  /**
   * The 319 on a refused request: for its provider, and for the staff of the municipality that sends
   * it (on through its hub). Kept in the log by the request, so that asking again gets the same
   * message, identification included. An open or granted request has none (404).
   */
  private void answer319(ApiCall call) {
    String raw = call.pathParam("requestId");
    if (raw == null || !FieldChecks.isUuid(raw)) {
      call.fail(new InvalidInput(io.vavr.collection.List.of(new FieldError("requestId", "uuid_format",
          FieldChecks.UUID_FORMAT))));
      return;
    }
    Either<DomainError, AssignmentRequest> found = get.getAssignmentRequest(call.actor(),
        new AssignmentRequestId(java.util.UUID.fromString(raw)));
    if (found.isLeft()) {
      call.fail(found.getLeft());
      return;
    }
    AssignmentRequest r = found.get();
    if (r.status() != AssignmentRequestStatus.REFUSED) {
      call.fail(new CommonError.NotFound("Message319", raw));
      return;
    }
    String sender = r.municipality().value();
    Option<IwmoMessageLog.Logged> kept = log.find(Message319Writer.CODE, sender, r.id().toString());
    byte[] message = kept.isDefined() ? kept.get().answer()
        : log.keep(Message319Writer.CODE, sender, r.id().toString(), new IwmoMessageLog.Logged(new byte[0],
            Message319Writer.write(r, log.nextIdentification(), r.answeredOn().get()))).answer();
    call.xml(200, message);
  }

  // 320

  /**
   * A provider's technical retour on a 319: the header checked as a retour's (code 483, version
   * 3.2, the 319's header repeated: a member as Afzender, the acting provider as Ontvanger; its own
   * IdentificatieRetour), recorded by provider and IdentificatieRetour, acknowledged with 204; the same retour again is
   * acknowledged alike, another under the same identification is a 409. No retour is sent on it.
   */
  private void accept320(ApiCall call) {
    Actor actor = call.actor();
    if (actor.provider().isEmpty()) {
      call.fail(new CommonError.Forbidden("send retours on answers"));
      return;
    }
    var read = call.xmlBody(IwmoXml.MAX_MESSAGE_BYTES, body -> IwmoIntake.read(body, Message320::read));
    if (read.isLeft()) {
      throw new ProblemException(400, "unreadable_message", "The retour cannot be read: " + read.getLeft() + ".");
    }
    IwmoIntake.Received<Message320> received = read.get();
    Message320 m = received.message();
    // a retour repeats the header of the 319 it answers: the municipality as Afzender, this
    // provider as Ontvanger; its own identification is IdentificatieRetour
    IwmoHeader h = m.header();
    String provider = actor.provider().get().value();
    boolean technical = !m.problems().isEmpty() || !h.isSoundFor(CODE_320) || !provider.equals(h.receiver())
        || MunicipalityCode.validate("sender", h.sender()).fold(e -> true, member -> !members().test(member))
        || !IwmoHeader.isIdentification(m.identification());
    List<String> faults = IwmoIntake.headerCodes(technical, h.dagtekening(), today());
    if (!faults.isEmpty()) {
      throw new ProblemException(422, "retour_not_accepted", "The 320's header is not sound ("
          + (faults.contains(RetourCodes.TECHNICAL) ? "code, version, sender, receiver or identification" : "")
          + (faults.contains(RetourCodes.DAGTEKENING_IN_FUTURE) ? (faults.size() > 1 ? "; " : "") + "dagtekening in the future" : "")
          + "); it was not recorded.");
    }
    IwmoMessageLog.Logged kept = log.keep(CODE_320, provider, m.identification(),
        new IwmoMessageLog.Logged(received.digest(), m.summary()));
    if (!Arrays.equals(kept.digest(), received.digest())) {
      throw new ProblemException(409, "identification_not_unique",
          "Another 320 of this provider was recorded under this identification.");
    }
    call.noContent(Either.right(kept));
  }
}
