package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Receives a provider's claim as an iWmo 323 and answers its 325 at once, whatever the message's
 * faults: a technical one is answered by retourcodes in the 325, never thrown. Only a provider's
 * staff send; a message whose header cannot be read is {@link Receipt.Unreadable} (no answer can be
 * addressed). Served over HTTP by {@link IwmoRoutes} ({@code POST /iwmo/323}) and from a folder by
 * {@link IwmoFolder}.
 *
 * <p>The XML layer checks the message and its header; the claim's fields go as sent to {@link
 * SubmitClaimCommand#read} and the use case, which check them as they check the JSON API's, so that
 * a claim answers the same line by line either way. The answer is kept by sender and
 * identification ({@link IwmoMessageLog}).
 */
public final class Claim323Receiver implements IwmoReceiver {
  private static final String CODE_323 = "484";

  private final SubmitClaimUseCase submit;
  private final GetRegionUseCase region;
  private final Clock clock;
  private final IwmoMessageLog log;

  public Claim323Receiver(SubmitClaimUseCase submit, GetRegionUseCase region, Clock clock, IwmoMessageLog log) {
    this.submit = requireNonNull(submit, "submit");
    this.region = requireNonNull(region, "region");
    this.clock = requireNonNull(clock, "clock");
    this.log = requireNonNull(log, "log");
  }

  @Override
  public String message() {
    return "323";
  }

  @Override
  public Receipt receive(Actor actor, InputStream body) throws IOException {
    return ProviderMessageExchange.exchange(actor, body, log, CODE_323, "325", "submit claims",
        Message323Reader::read, Message323::header, m -> answer(actor, m),
        m -> Message325Writer.write(addressing(actor, m.header()), headerOnly(List.of(RetourCodes.IDENTIFICATION_NOT_UNIQUE))));
  }

  /** The 325 for a message read; a refusal that is not about the message (access, a lost race) as the error. */
  private Either<DomainError, byte[]> answer(Actor actor, Message323 message) {
    IwmoHeader header = message.header();
    List<String> headerCodes = headerCodes(actor, message);
    Message325Writer.Addressing to = addressing(actor, header);
    if (!headerCodes.isEmpty() || message.claim() == null) {
      return Either.right(Message325Writer.write(to, headerOnly(headerCodes)));
    }
    Message323.Claim claim = message.claim();
    Seq<ClaimLineInput> inputs = Array.ofAll(message.lines()).map(Message323.Line::input);
    Either<DomainError, Claim> answered = SubmitClaimCommand.read(header.receiver(), claim.month(), claim.number(),
        claim.totalCents(), inputs).flatMap(draft -> submit.submitClaim(actor, draft));
    if (answered.isRight()) {
      return Either.right(Message325Writer.write(to, answered(message, answered.get())));
    }
    DomainError error = answered.getLeft();
    if (error instanceof InvalidInput invalid) {
      return Either.right(Message325Writer.write(to, refused(message, invalid.errors())));
    }
    if (error instanceof CommonError.Duplicate) {
      return Either.right(Message325Writer.write(to, headerOnly(List.of(RetourCodes.CLAIM_NUMBER_NOT_UNIQUE))));
    }
    return Either.left(error);
  }

  /**
   * The header's faults as retourcodes: 0001 for any technical one (a problem the reader found, the
   * message code, the version 3.2, the XSD versions, the identification, a sender other than the
   * acting provider), 8848 for a dagtekening after today; none when the header is sound.
   */
  private List<String> headerCodes(Actor actor, Message323 message) {
    IwmoHeader h = message.header();
    boolean technical = !message.isTechnicallySound() || !h.isSoundFor(CODE_323)
        || !actor.provider().get().value().equals(h.sender())
        || MunicipalityCode.validate("receiver", h.receiver()).isInvalid();
    return IwmoIntake.headerCodes(technical, h.dagtekening(), LocalDate.now(clock));
  }

  /**
   * Whom the 325 goes to: the acting provider, from the 323's receiver when that is a municipality
   * code (else the region's central municipality, which answers for the region); the 323's
   * identification, dagtekening and versions where they are what the schema allows (else stand-ins,
   * the header's 0001 saying why).
   */
  private Message325Writer.Addressing addressing(Actor actor, IwmoHeader h) {
    String municipality = MunicipalityCode.validate("receiver", h.receiver()).isValid() ? h.receiver()
        : region.getRegion(Actor.region()).map(r -> r.central().code().value()).getOrElse("0000");
    String provider = actor.provider().get().value();
    IwmoRetours.Answered answered = IwmoRetours.Answered.of(h, provider, municipality, LocalDate.now(clock));
    return new Message325Writer.Addressing(municipality, provider, answered.identification(), answered.dagtekening(),
        answered.basisXsdVersion(), answered.messageXsdVersion());
  }

  private Message325Writer.Answer headerOnly(List<String> codes) {
    return new Message325Writer.Answer(log.nextIdentification(), LocalDate.now(clock), codes, null);
  }

  /** The core's answer: per line its retourcodes (as the JSON answer's), 0200 for the header, each client and the claim. */
  private Message325Writer.Answer answered(Message323 message, Claim claim) {
    List<List<String>> lineCodes = new ArrayList<>(claim.lines().size());
    for (AnsweredLine line : claim.lines()) {
      lineCodes.add(line.answerCodes().toJavaList());
    }
    List<List<String>> clientCodes = new ArrayList<>();
    message.clients().forEach(c -> clientCodes.add(List.of(RetourCodes.NO_REMARK)));
    long submitted = message.claim().totalCents() != null ? message.claim().totalCents() : signed(claim, false);
    return new Message325Writer.Answer(log.nextIdentification(), LocalDate.now(clock), List.of(RetourCodes.NO_REMARK),
        new Message325Writer.Body(claim.number(), submitted, signed(claim, true), message.clients(), message.lines(),
            lineCodes, clientCodes, List.of(RetourCodes.NO_REMARK)));
  }

  private static long signed(Claim claim, boolean approvedOnly) {
    long sum = 0;
    for (AnsweredLine line : claim.lines()) {
      if (!approvedOnly || line.isApproved()) {
        sum += line.line().signedAmount().cents();
      }
    }
    return sum;
  }

  /**
   * A claim the core refused as malformed: 0001 in the header, and, when every value can be repeated
   * as the 325's schema allows, the lines with 0001 where a field of theirs is wrong (their client's
   * 0001 for a BSN) and 0233 (not assessed) elsewhere; else the header alone.
   */
  private Message325Writer.Answer refused(Message323 message, Seq<FieldError> errors) {
    List<String> technical = List.of(RetourCodes.TECHNICAL);
    List<String> notAssessed = List.of(RetourCodes.NOT_ASSESSED);
    if (!repeatable(message)) {
      return headerOnly(technical);
    }
    int lines = message.lines().size();
    boolean[] lineFaults = new boolean[lines];
    boolean[] clientFaults = new boolean[lines];
    boolean claimFault = false;
    for (FieldError error : errors) {
      int index = lineIndex(error.field());
      if (index < 0 || index >= lines) {
        claimFault = true;
      } else if (error.field().endsWith(".client")) {
        clientFaults[index] = true;
      } else {
        lineFaults[index] = true;
      }
    }
    List<List<String>> lineCodes = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      lineCodes.add(lineFaults[i] ? technical : notAssessed);
    }
    List<List<String>> clientCodes = new ArrayList<>();
    for (Message323.ClientGroup client : message.clients()) {
      boolean fault = false;
      for (int i = client.from(); i < client.to(); i++) {
        fault |= clientFaults[i];
      }
      clientCodes.add(fault ? technical : notAssessed);
    }
    long submitted = 0;
    for (Message323.Line line : message.lines()) {
      submitted += line.input().direction() == nl.wmokader.core.settlement.domain.DebitCredit.CREDIT
          ? -line.input().amountCents() : line.input().amountCents();
    }
    return new Message325Writer.Answer(log.nextIdentification(), LocalDate.now(clock), technical,
        new Message325Writer.Body(message.claim().number(), message.claim().totalCents() != null
            ? message.claim().totalCents() : submitted, 0, message.clients(), message.lines(), lineCodes, clientCodes,
            claimFault ? technical : notAssessed));
  }

  /** The index of {@code lines[i]...}, or -1 for a field of the claim. */
  private static int lineIndex(String field) {
    if (!field.startsWith("lines[")) {
      return -1;
    }
    int close = field.indexOf(']');
    try {
      return Integer.parseInt(field.substring(6, close));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /**
   * Whether every value of the message can be repeated in a 325 as its schema allows: the writer
   * never writes an invalid message. Not a check of the claim (the core's): what fails here is
   * answered at the header alone.
   */
  private static boolean repeatable(Message323 message) {
    String number = message.claim().number();
    if (number.isEmpty() || number.length() > 12 || !number.chars().allMatch(Character::isLetterOrDigit)
        || !number.chars().allMatch(c -> c < 128)) {
      return false;
    }
    Long total = message.claim().totalCents();
    if (total != null && Math.abs(total) > 999_999_999_999L) {
      return false;
    }
    for (Message323.ClientGroup client : message.clients()) {
      if (client.bsn().length() != 9 || !client.bsn().chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
    }
    for (Message323.Line line : message.lines()) {
      ClaimLineInput in = line.input();
      boolean ok = reference(in.reference()) && (in.previousReference() == null || reference(in.previousReference()))
          && AssignmentNumber.isWellFormed(in.assignment())
          && ProductCategory.ofCode(in.category()).isDefined()
          && ProductCode.validate("product", in.product()).isValid()
          && Unit.ofCode(in.unit()).isDefined()
          && in.periodStart() != null && in.periodEnd() != null
          && amount(in.volume()) && amount(in.amountCents()) && in.direction() != null
          && (!line.tariffGiven() || amount(in.tariffCents()));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean reference(String text) {
    return text != null && !text.isBlank() && text.length() <= 20;
  }

  private static boolean amount(Long value) {
    return value != null && value >= 0 && value <= 99_999_999L;
  }
}
