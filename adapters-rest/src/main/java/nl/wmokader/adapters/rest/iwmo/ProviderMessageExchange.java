package nl.wmokader.adapters.rest.iwmo;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * How a provider's message that gets an answer at once (323, 305, 307, 315, 317) is received,
 * whatever channel it came by: only a provider's staff send; a header that cannot be read is no
 * message ({@link IwmoReceiver.Receipt.Unreadable}); the retour is kept by the acting provider and
 * the identification, so that the same message again gets the same answer and changes nothing, and
 * another message under the same identification gets a header-only retour with 9056. The header's
 * own checks are here too, alike for every such message.
 */
final class ProviderMessageExchange {
  private ProviderMessageExchange() {}

  /**
   * The receipt of {@code body}: {@code answer} (message type {@code answerMessage}) for a message not
   * seen before (kept), the kept answer for the same bytes again, {@code notUnique} for other bytes
   * under a kept identification; a refusal that is not about the message as it is.
   */
  static <M> IwmoReceiver.Receipt exchange(Actor actor, InputStream body, IwmoMessageLog log, String code,
                                           String answerMessage, String action, IwmoIntake.Reader<M> reader,
                                           Function<M, IwmoHeader> header,
                                           Function<M, Either<DomainError, byte[]>> answer,
                                           Function<M, byte[]> notUnique) throws IOException {
    if (actor.provider().isEmpty()) {
      return new IwmoReceiver.Receipt.Refused(new CommonError.Forbidden(action));
    }
    Either<String, IwmoIntake.Received<M>> read = IwmoIntake.read(body, reader);
    if (read.isLeft()) {
      return new IwmoReceiver.Receipt.Unreadable(read.getLeft());
    }
    IwmoIntake.Received<M> received = read.get();
    IwmoHeader h = header.apply(received.message());
    // kept by the acting provider, not by the Afzender a message claims: no one reads or probes
    // another provider's answers by naming it
    String sender = actor.provider().get().value();
    Option<IwmoMessageLog.Logged> kept = log.find(code, sender, h.identification());
    if (kept.isDefined()) {
      return new IwmoReceiver.Receipt.Answered(answerMessage,
          Arrays.equals(kept.get().digest(), received.digest()) ? kept.get().answer() : notUnique.apply(received.message()));
    }
    Either<DomainError, byte[]> answered = answer.apply(received.message());
    if (answered.isLeft()) {
      return new IwmoReceiver.Receipt.Refused(answered.getLeft());
    }
    return new IwmoReceiver.Receipt.Answered(answerMessage, log.keep(code, sender, h.identification(),
        new IwmoMessageLog.Logged(received.digest(), answered.get())).answer());
  }

  /**
   * The header's faults as retourcodes: 0001 for any technical one ({@code sound} false: a problem
   * the reader found; the message code, version 3.2, XSD versions, identification; a sender other
   * than the acting provider; a receiver that is not a member of the region), 8848 for a dagtekening
   * after {@code today}; none when the header is sound.
   */
  static List<String> headerCodes(Actor actor, IwmoHeader h, boolean sound, String code, LocalDate today,
                                  Predicate<MunicipalityCode> member) {
    boolean technical = !sound || !h.isSoundFor(code) || !actor.provider().get().value().equals(h.sender())
        || MunicipalityCode.validate("receiver", h.receiver()).fold(e -> true, m -> !member.test(m));
    List<String> codes = new ArrayList<>();
    if (technical) {
      codes.add(RetourCodes.TECHNICAL);
    }
    if (h.dagtekening() != null && h.dagtekening().isAfter(today)) {
      codes.add(RetourCodes.DAGTEKENING_IN_FUTURE);
    }
    return codes;
  }

  /**
   * Whom a retour goes to: the acting provider, from the message's receiver when that is a
   * municipality code (else {@code region}'s central municipality, which answers for the region);
   * the message's identification, dagtekening and versions where they are what the schema allows
   * (else stand-ins, the header's 0001 saying why).
   */
  static Message325Writer.Addressing addressing(Actor actor, IwmoHeader h, Option<Region> region, LocalDate today) {
    String municipality = MunicipalityCode.validate("receiver", h.receiver()).isValid() ? h.receiver()
        : region.map(r -> r.central().code().value()).getOrElse("0000");
    return new Message325Writer.Addressing(municipality, actor.provider().get().value(),
        IwmoHeader.isIdentification(h.identification()) ? h.identification() : "ONBEKEND",
        h.dagtekening() != null ? h.dagtekening() : today,
        IwmoHeader.isVersion(h.basisXsdVersion()) ? h.basisXsdVersion() : "0.0.0",
        IwmoHeader.isVersion(h.messageXsdVersion()) ? h.messageXsdVersion() : "0.0.0");
  }

  /** Whether {@code text} is an LDT_Referentie the retour may repeat: 1 to 36 characters, not only white space. */
  static boolean isReference(String text) {
    return text != null && !text.isBlank() && text.length() <= 36 && text.chars().noneMatch(Character::isISOControl);
  }

  /** Whether {@code text} is nine digits, as LDT_BurgerServicenummer repeats it (the eleven-test is the core's). */
  static boolean isNineDigits(String text) {
    return text != null && text.length() == 9 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
