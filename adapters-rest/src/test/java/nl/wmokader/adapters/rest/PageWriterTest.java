package nl.wmokader.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.wmokader.adapters.rest.settlement.ClaimJsonWriter;
import nl.wmokader.adapters.rest.settlement.ClaimSummaryDto;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A page of claim summaries written by hand against the mapper writing {@link PageDto} of {@link ClaimSummaryDto}s: the same bytes. */
class PageWriterTest implements WithQuickTheories {

  private static ClaimSummary summary(int n, String number) {
    return new ClaimSummary(new ClaimId(new UUID(7, n)), AgbCode.of(String.format("98%06d", n % 1_000_000)),
        MunicipalityCode.of("1721"), YearMonth.of(2026, 1 + n % 12), number, n % 5 == 0 ? null : LocalDate.of(2026, 2, 1 + n % 28),
        n % 20_001, n % 7, Money.ofCents(n * 6540L), Money.ofCents(-n));
  }

  private static String viaDto(Page<ClaimSummary> page, String path, Map<String, java.util.List<String>> query) {
    return new String(Json.write(PageDto.of(page.map(ClaimSummaryDto::from), path, query)), StandardCharsets.UTF_8);
  }

  private static String viaWriter(Page<ClaimSummary> page, String path, Map<String, java.util.List<String>> query) {
    return new String(Json.write(page, (p, out) -> PageDto.write(p, ClaimJsonWriter::summary, path, query, out)),
        StandardCharsets.UTF_8);
  }

  @Test
  void writes_any_page_as_the_mapper_writes_its_dto() {
    Gen<String> numbers = Generate.pick(java.util.List.of("D1", "\u00e9\"\\/\t", "\u0000x", "\uD83D\uDE00"));
    Gen<Map<String, java.util.List<String>>> queries = Generate.pick(java.util.List.of(Map.of(),
        Map.of("month", java.util.List.of("2026-02")), Map.of("page", java.util.List.of("3"), "pageSize", java.util.List.of("7")),
        ordered("provider", "98000001", "municipality", "0828 &=?\u00e9")));
    qt().withExamples(500).forAll(integers().between(0, 40), integers().between(1, PageRequest.MAX_SIZE),
        integers().between(0, 5_000), numbers.zip(queries, (number, query) -> Map.entry(number, query)))
        .checkAssert((pageNumber, size, total, numberAndQuery) -> {
          PageRequest request = new PageRequest(pageNumber, size);
          int shown = (int) Math.max(0, Math.min(size, Math.min(total - (long) pageNumber * size, 30)));
          Page<ClaimSummary> page = new Page<>(List.range(0, shown).map(i -> summary(pageNumber * size + i, numberAndQuery.getKey())),
              total, request);
          assertThat(viaWriter(page, "/api/v1/claims", numberAndQuery.getValue()))
              .isEqualTo(viaDto(page, "/api/v1/claims", numberAndQuery.getValue()));
        });
  }

  @Test
  void leaves_out_the_neighbours_a_single_page_does_not_have() {
    Page<ClaimSummary> page = new Page<>(List.of(summary(1, "D1")), 1, PageRequest.first());
    assertThat(viaWriter(page, "/claims", Map.of())).isEqualTo(viaDto(page, "/claims", Map.of()))
        .doesNotContain("\"prev\"").doesNotContain("\"next\"")
        .endsWith("\"page\":0,\"pageSize\":50,\"totalItems\":1,\"totalPages\":1,\"links\":{"
            + "\"self\":{\"href\":\"/claims?page=0&pageSize=50\"},\"first\":{\"href\":\"/claims?page=0&pageSize=50\"},"
            + "\"last\":{\"href\":\"/claims?page=0&pageSize=50\"}}}");
  }

  private static Map<String, java.util.List<String>> ordered(String k1, String v1, String k2, String v2) {
    Map<String, java.util.List<String>> query = new LinkedHashMap<>();
    query.put(k1, java.util.List.of(v1));
    query.put(k2, java.util.List.of(v2));
    return query;
  }
}
