package nl.wmokader.adapters.rest.contracting;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.Suspension;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;

/**
 * A contract as the API shows it: the provider's AGB code, the procurement period {@code from} to
 * {@code until} (absent: open-ended), status and what the lifecycle recorded (admission date,
 * suspension, termination and the status it was terminated in), the waiting-time norm, lots with
 * their tariff periods and claim moments, client stops and the provider's requests for them, the
 * admission checklist and the evidence; {@code version} is the optimistic-locking version.
 */
public record ContractDto(String id, String provider, LocalDate from, LocalDate until, String status,
    LocalDate admittedOn, SuspensionDto suspension, LocalDate terminatedFrom, String terminatedWhile,
    Integer waitingTimeMaxDays, List<LotDto> lots, List<ClientStopDto> clientStops,
    List<ClientStopRequestDto> clientStopRequests, List<ConditionDto> conditions, List<EvidenceDto> evidence, long version) {

  public static ContractDto from(Contract c) {
    return new ContractDto(
        c.id().toString(),
        c.provider().value(),
        c.period().start(),
        c.period().end().getOrNull(),
        c.status().name(),
        c.admittedOn().getOrNull(),
        c.suspension().map(SuspensionDto::from).getOrNull(),
        c.terminatedFrom().getOrNull(),
        c.terminatedWhile().map(Enum::name).getOrNull(),
        c.waitingTimeNorm().map(WaitingTimeNorm::maxDays).getOrNull(),
        c.lots().map(LotDto::from).toJavaList(),
        c.clientStops().map(ClientStopDto::from).toJavaList(),
        c.clientStopRequests().map(ClientStopRequestDto::from).toJavaList(),
        c.conditions().map(ConditionDto::from).toJavaList(),
        c.evidence().map(EvidenceDto::from).toJavaList(),
        c.version());
  }

  /**
   * A product lot: its own tariffs per unit in cents over date ranges (on other days the reference
   * tariff of the day applies) and, for an output-based product, its claim moments.
   */
  public record LotDto(String product, LocalDate from, LocalDate until, List<TariffDto> tariffs,
      ClaimMomentsDto claimMoments) {
    public static LotDto from(Lot lot) {
      return new LotDto(lot.product().value(), lot.validity().start(), lot.validity().end().getOrNull(),
          lot.tariffs().map(TariffDto::from).toJavaList(), lot.claimMoments().map(ClaimMomentsDto::from).getOrNull());
    }
  }

  /** An own tariff per unit in cents from {@code from} to {@code until} (absent: to the lot's end). */
  public record TariffDto(LocalDate from, LocalDate until, long tariffCents) {
    static TariffDto from(TariffPeriod t) {
      return new TariffDto(t.validity().start(), t.validity().end().getOrNull(), t.tariff().cents());
    }
  }

  /** When the provider may claim: {@code kind}, and the period or the milestones it needs. */
  public record ClaimMomentsDto(String kind, String period, List<String> milestones) {
    static ClaimMomentsDto from(ClaimMoments m) {
      return new ClaimMomentsDto(m.kind().name(), m.period().map(Enum::name).getOrNull(),
          m.milestones().isEmpty() ? null : m.milestones().toJavaList());
    }
  }

  /** Suspended since {@code since} for {@code reason}. */
  public record SuspensionDto(LocalDate since, String reason) {
    static SuspensionDto from(Suspension s) {
      return new SuspensionDto(s.since(), s.reason().name());
    }
  }

  /** A client stop from {@code from} to {@code until} (absent: until lifted), with its reason. */
  public record ClientStopDto(LocalDate from, LocalDate until, String reason) {
    public static ClientStopDto from(ClientStop stop) {
      return new ClientStopDto(stop.period().start(), stop.period().end().getOrNull(), stop.reason().name());
    }
  }

  /** A provider's request for a client stop, and the region's decision once taken. */
  public record ClientStopRequestDto(String id, LocalDate from, LocalDate until, String explanation, LocalDate requestedOn,
      String status, LocalDate decidedOn) {
    static ClientStopRequestDto from(ClientStopRequest r) {
      return new ClientStopRequestDto(r.id().toString(), r.period().start(), r.period().end().getOrNull(), r.explanation(),
          r.requestedOn(), r.status().name(), r.decidedOn().getOrNull());
    }
  }

  /** An item of the admission checklist the contract was applied for under. */
  public record ConditionDto(String code, String description, boolean required) {
    static ConditionDto from(AdmissionCondition c) {
      return new ConditionDto(c.code().value(), c.description(), c.required());
    }
  }

  /** Evidence for a condition: valid from {@code validFrom} to {@code expiresOn} inclusive (absent: does not expire). */
  public record EvidenceDto(String condition, String reference, LocalDate validFrom, LocalDate expiresOn,
      LocalDate submittedOn) {
    static EvidenceDto from(Evidence e) {
      return new EvidenceDto(e.condition().value(), e.reference(), e.validFrom(), e.expiresOn().getOrNull(), e.submittedOn());
    }
  }
}
