package nl.wmokader.adapters.rest.iwmo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Receives a provider's technical retour on a 301 (302; {@code POST /iwmo/302}). Its
 * header is checked and, when sound and about a 301 this process wrote to this provider, the 301 is
 * recorded as answered; the answer is a short JSON acknowledgement (200), never a retour on a
 * retour. The faults it names are codes, never values. The same 302 sent again (same provider,
 * IdentificatieRetour and bytes) gets the same acknowledgement; another with that
 * IdentificatieRetour is not recorded ({@code identification_not_unique}).
 */
public final class Retour302Receiver implements IwmoReceiver {
  private static final String CODE_302 = "415";
  private static final int MAX_CODES = 100;

  /**
   * What became of a 302: whether it was recorded as the answer to 301 {@code answers} (that 301's
   * identification, null when the 302 names none that can be read), the retourcodes of its header,
   * and why it was not recorded.
   */
  public record Acknowledgement(boolean recorded, String answers, List<String> retourCodes, List<String> faults) {}

  private final GetRegionUseCase region;
  private final Clock clock;
  private final Iwmo301Ledger ledger;

  public Retour302Receiver(GetRegionUseCase region, Clock clock, Iwmo301Ledger ledger) {
    this.region = requireNonNull(region, "region");
    this.clock = requireNonNull(clock, "clock");
    this.ledger = requireNonNull(ledger, "ledger");
  }

  @Override
  public String message() {
    return "302";
  }

  @Override
  public Receipt receive(Actor actor, InputStream body) throws IOException {
    if (actor.provider().isEmpty()) {
      return new Receipt.Refused(new CommonError.Forbidden("answer assignments"));
    }
    var read = IwmoIntake.read(body, Message302Reader::read);
    if (read.isLeft()) {
      return new Receipt.Unreadable(read.getLeft());
    }
    IwmoIntake.Received<Message302> received = read.get();
    Region theRegion = region.getRegion(Actor.region()).getOrNull();   // none defined yet: no member sends
    Message302 message = received.message();
    String provider = actor.provider().get().value();
    List<String> codes = echoed(message.codes());
    String answers = IwmoHeader.isIdentification(message.answered().identification())
        ? message.answered().identification() : null;
    if (!IwmoHeader.isIdentification(message.identification())) {
      return new Receipt.Noted(new Acknowledgement(false, answers, codes, List.of("identification")));
    }
    var kept = ledger.acknowledged(provider, message.identification());
    if (kept.isDefined()) {
      return new Receipt.Noted(Arrays.equals(kept.get().digest(), received.digest()) ? kept.get().acknowledgement()
          : new Acknowledgement(false, answers, codes, List.of("identification_not_unique")));
    }
    List<String> faults = faults(provider, theRegion, message);
    if (faults.isEmpty()) {
      IwmoHeader h = message.answered();
      var issued = ledger.issued(h.sender(), h.identification()).filter(i -> i.provider().equals(provider));
      if (issued.isEmpty()) {
        faults.add("unknown_301");
      } else if (!ledger.answer(h.sender(), h.identification(),
          new Iwmo301Ledger.Answer(message.identification(), message.dagtekening(), message.codes()))) {
        faults.add("already_answered");
      }
    }
    Acknowledgement ack = new Acknowledgement(faults.isEmpty(), answers, codes, List.copyOf(faults));
    return new Receipt.Noted(ledger.acknowledge(provider, message.identification(),
        new Iwmo301Ledger.Acknowledged(received.digest(), ack)).acknowledgement());
  }

  /** The retourcodes that are codes (four letters or digits), at most {@value #MAX_CODES}: never other text sent back. */
  private static List<String> echoed(List<String> codes) {
    return codes.stream().filter(Retour302Receiver::isCode).limit(MAX_CODES).toList();
  }

  private static boolean isCode(String code) {
    return code.length() == 4 && code.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z');
  }

  /**
   * The header's faults: the message as read, its code 415 and version 3.2, the 301's header as a
   * 302 repeats it (sent by a member to this provider, an identification and dagtekening), the XSD
   * versions, a dagtekening of the 302 not after today, retourcodes of four letters or digits.
   */
  private List<String> faults(String provider, Region region, Message302 m) {
    IwmoHeader h = m.answered();
    List<String> faults = new ArrayList<>();
    if (!m.problems().isEmpty()) {
      faults.add("not_well_formed");
    }
    if (!h.isSoundFor(CODE_302) || !IwmoHeader.isVersion(m.basisXsdVersion())
        || !IwmoHeader.isVersion(m.messageXsdVersion())) {
      faults.add("header");
    }
    if (!provider.equals(h.receiver())) {
      faults.add("receiver");
    }
    if (region == null || !MunicipalityCode.validate("sender", h.sender()).isValid()
        || !region.isMember(MunicipalityCode.of(h.sender()))) {
      faults.add("sender");
    }
    if (m.dagtekening() == null || m.dagtekening().isAfter(LocalDate.now(clock))) {
      faults.add(m.dagtekening() == null ? "header" : "dagtekening_in_future");
    }
    if (!m.codes().stream().allMatch(Retour302Receiver::isCode)) {
      faults.add("retour_code");
    }
    return faults.stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }
}
