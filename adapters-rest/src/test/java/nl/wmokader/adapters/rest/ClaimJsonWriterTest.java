package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.adapters.rest.settlement.ClaimDto;
import nl.wmokader.adapters.rest.settlement.ClaimJsonWriter;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The claim answer written token by token against the mapper writing {@link ClaimDto}: the same bytes. */
class ClaimJsonWriterTest implements WithQuickTheories {

  private static String viaDto(Claim c) {
    return new String(Json.write(ClaimDto.from(c)), StandardCharsets.UTF_8);
  }

  private static String viaWriter(Claim c) {
    return new String(Json.write(c, ClaimJsonWriter::write), StandardCharsets.UTF_8);
  }

  private static ClaimLine line(String reference, boolean credit, boolean product, int day, long volume) {
    LocalDate start = LocalDate.of(2026, 2, day);
    return new ClaimLine(reference, credit ? Option.some("P" + reference) : Option.none(),
        new AssignmentId(UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8))), new Bsn("999900018"),
        ProductCategory.GUIDANCE, product ? Option.some(ProductCode.of("02A01")) : Option.none(),
        DateRange.of(start, LocalDate.of(2026, 2, 28)), volume, Unit.HOUR, Money.ofCents(6540),
        Money.ofCents(volume * 6540), credit ? DebitCredit.CREDIT : DebitCredit.DEBIT);
  }

  private static AnsweredLine answered(ClaimLine line, int rejections, boolean charged) {
    TreeSet<RejectionCode> codes = TreeSet.empty();
    for (int i = 0; i < rejections; i++) {
      codes = codes.add(RejectionCode.values()[(i * 7 + line.reference().length()) % RejectionCode.values().length]);
    }
    return new AnsweredLine(line, codes, charged || codes.isEmpty() ? Option.some(MunicipalityCode.of("1721")) : Option.none());
  }

  private static Claim claim(String number, List<AnsweredLine> lines) {
    return new Claim(new ClaimId(UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8))), AgbCode.of("98000001"),
        MunicipalityCode.of("0828"), YearMonth.of(2026, 2), number, LocalDate.of(2026, 3, 5), lines);
  }

  @Test
  void writes_the_bytes_the_mapper_writes_for_the_dto() {
    Claim c = claim("D2026-02", List.of(
        answered(line("R1", false, true, 1, 4), 0, true),
        answered(line("R2", true, false, 3, 2), 0, true),
        answered(line("R3", false, true, 1, 9), 1, true),
        answered(line("R4", false, false, 1, 1), 3, false),
        answered(line("R\"\\\u00e9\u2028\u0001", true, true, 28, 99_999_999 / 6540), 2, true)));
    assertThat(viaWriter(c)).isEqualTo(viaDto(c)).contains("\"previousReference\":\"PR2\"").contains("\"rejections\":[]");
  }

  @Test
  void writes_dates_of_any_year_as_the_mapper_does() {
    for (int year : new int[] {-1, 0, 7, 999, 2026, 9999, 10_000, 123_456}) {
      ClaimLine line = line("R1", false, true, 1, 4);
      LocalDate day = LocalDate.of(year, 2, 1);
      ClaimLine dated = new ClaimLine(line.reference(), line.previousReference(), line.assignment(), line.client(),
          line.category(), line.product(), DateRange.of(day, day.plusDays(27)), line.volume(), line.unit(), line.tariff(),
          line.amount(), line.direction());
      Claim c = new Claim(new ClaimId(new UUID(0, 1)), AgbCode.of("98000001"), MunicipalityCode.of("0828"),
          YearMonth.of(2026, 2), "D1", day.plusDays(40), List.of(answered(dated, 0, true)));
      assertThat(viaWriter(c)).as("year " + year).isEqualTo(viaDto(c));
    }
  }

  @Test
  void writes_any_claim_as_the_mapper_writes_its_dto() {
    Gen<AnsweredLine> lines = integers().between(1, 999_999).zip(booleans().all(), booleans().all(),
        integers().between(0, 4), (n, credit, product, rejections) ->
            answered(line("R" + n, credit, product, 1 + n % 28, 1 + n % 50), rejections, n % 3 == 0));
    Gen<String> numbers = Generate.pick(java.util.List.of("D1", "D2026-02-0828-1", "\u00e9\"\\/\t", "\u0000x", "\uD83D\uDE00"));
    qt().withExamples(300).forAll(lists().of(lines).ofSizeBetween(1, 40), numbers).checkAssert((answered, number) -> {
      Claim c = claim(number, List.ofAll(answered));
      assertThat(viaWriter(c)).isEqualTo(viaDto(c));
    });
  }
}
