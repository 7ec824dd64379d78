package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.adapters.rest.settlement.CentralPaymentDto;
import nl.wmokader.adapters.rest.settlement.MemberSettlementDto;
import nl.wmokader.adapters.rest.settlement.SettlementJsonWriter;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberCharge;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.ProviderPayment;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.settlement.domain.SettlementTotal;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A member's settlement and the central payment written by hand against the mapper writing their DTOs: the same bytes. */
class SettlementJsonWriterTest implements WithQuickTheories {
  private static final YearMonth MONTH = YearMonth.of(2026, 3);
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");

  private static String json(Object dto) {
    return new String(Json.write(dto), StandardCharsets.UTF_8);
  }

  private static <T> String json(T value, ApiCall.JsonWriter<T> writer) {
    return new String(Json.write(value, writer), StandardCharsets.UTF_8);
  }

  private static AgbCode provider(int n) {
    return AgbCode.of(String.format("98%06d", n));
  }

  private final Gen<SettlementTotal> totals = integers().between(1, 999_999).zip(integers().between(0, ProductCategory.values().length - 1),
      longs().between(0, 9_000_000_000L), longs().between(0, 9_000_000_000L), booleans().all(),
      (n, category, debits, credits, product) -> new SettlementTotal(MONTH, OSS, provider(n),
          ProductCategory.values()[category], product ? Option.some(ProductCode.of("0" + (n % 10) + "A0" + (n % 10))) : Option.none(),
          Money.ofCents(debits), Money.ofCents(credits), n % 1000));

  private final Gen<String> texts = Generate.pick(java.util.List.of("terugvordering", "\u00e9\"\\/\t", "\u0000x",
      "\uD83D\uDE00 onderzoek 2026-17", "x".repeat(Recovery.MAX_REFERENCE_LENGTH)));

  private final Gen<Recovery> recoveries = integers().between(1, 999_999).zip(longs().between(1, 9_000_000_000L), texts,
      integers().between(-1, 12_000), (n, amount, text, day) -> new Recovery(new RecoveryId(new UUID(n, day)),
          provider(n), OSS, MONTH, Money.ofCents(amount), "reden " + text, text, LocalDate.of(2026, 1, 1).plusDays(day * 97L)));

  @Test
  void writes_a_member_settlement_as_the_mapper_writes_its_dto() {
    qt().withExamples(300).forAll(lists().of(totals).ofSizeBetween(0, 30), lists().of(recoveries).ofSizeBetween(0, 4))
        .checkAssert((items, recovered) -> {
          MemberSettlement s = new MemberSettlement(OSS, MONTH, List.ofAll(items), List.ofAll(recovered));
          assertThat(json(s, SettlementJsonWriter::memberSettlement)).isEqualTo(json(MemberSettlementDto.from(s)));
        });
  }

  @Test
  void writes_an_empty_settlement_with_its_members_in_order() {
    MemberSettlement s = new MemberSettlement(OSS, MONTH, List.empty(), List.empty());
    assertThat(json(s, SettlementJsonWriter::memberSettlement)).isEqualTo(json(MemberSettlementDto.from(s)))
        .isEqualTo("{\"municipality\":\"0828\",\"month\":\"2026-03\",\"items\":[],\"recoveries\":[],"
            + "\"debitsCents\":0,\"creditsCents\":0,\"recoveredCents\":0,\"totalCents\":0}");
  }

  @Test
  void writes_a_central_payment_as_the_mapper_writes_its_dto() {
    Gen<ProviderPayment> payments = integers().between(1, 999_999).zip(longs().between(-9_000_000_000L, 9_000_000_000L),
        longs().between(-9_000_000_000L, 0), (n, approved, recovered) ->
            new ProviderPayment(provider(n), Money.ofCents(approved), Money.ofCents(recovered)));
    Gen<MemberCharge> charges = integers().between(1, 9_999).zip(longs().between(0, 9_000_000_000L),
        longs().between(0, 9_000_000_000L), longs().between(-9_000_000_000L, 0), (n, debits, credits, recovered) ->
            new MemberCharge(MunicipalityCode.of(String.format("%04d", n)), Money.ofCents(debits), Money.ofCents(credits),
                Money.ofCents(recovered)));
    qt().withExamples(300).forAll(lists().of(payments).ofSizeBetween(0, 20), lists().of(charges).ofSizeBetween(0, 6))
        .checkAssert((paid, charged) -> {
          CentralPayment c = new CentralPayment(MONTH, List.ofAll(paid), List.ofAll(charged));
          assertThat(json(c, SettlementJsonWriter::centralPayment)).isEqualTo(json(CentralPaymentDto.from(c)));
        });
  }
}
