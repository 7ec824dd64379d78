package nl.wmokader.adapters.rest.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A claim line's short way ({@code Line.checked}, without field names) against its long way
 * ({@code Line.toInput}, naming every error): the short way answers exactly when the long way finds
 * nothing wrong, and then the same input.
 */
class ClaimLineShapeTest implements WithQuickTheories {
  private static final List<String> TEXTS = Arrays.asList(null, "", " ", "R1", "x", "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e",
      "0F8FA6E2-3C1B-4A57-9D2E-6B1C2F3A4D5E", "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5", "0f8fa6e2x3c1b-4a57-9d2e-6b1c2f3a4d5e",
      "0g8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", " 0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", "999900018", "999900019",
      "99990001", "9999000180", "000000000", "99990001x", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
      "02", "2", "04", "14", "19", "83", "99", "02A01", "02a01", "02A011", "A", "ZZZZZ", "BW01");
  private static final List<LocalDate> DATES = Arrays.asList(null, LocalDate.of(2026, 2, 1));
  private static final List<Long> NUMBERS = Arrays.asList(null, 0L, 4L, -1L);
  private static final List<DebitCredit> DIRECTIONS = Arrays.asList(null, DebitCredit.DEBIT, DebitCredit.CREDIT);

  private static final SubmitClaimRequest.Line GOOD = new SubmitClaimRequest.Line("R1", null,
      "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", "999900018", "02", "02A01", LocalDate.of(2026, 2, 1),
      LocalDate.of(2026, 2, 28), 4L, "04", 6540L, 26160L, DebitCredit.DEBIT);

  private static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  /** Good lines with any of their text fields, and sometimes another field, replaced. */
  private Gen<SubmitClaimRequest.Line> lines() {
    return integers().between(0, 12).zip(texts(), texts(), integers().between(0, 47), (field, a, b, other) -> {
      Object[] v = {GOOD.reference(), GOOD.previousReference(), GOOD.assignment(), GOOD.client(), GOOD.category(),
          GOOD.product(), GOOD.periodStart(), GOOD.periodEnd(), GOOD.volume(), GOOD.unit(), GOOD.tariffCents(),
          GOOD.amountCents(), GOOD.direction()};
      set(v, field, a, other);
      set(v, other % 13, b, other);
      return new SubmitClaimRequest.Line((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
          (String) v[5], (LocalDate) v[6], (LocalDate) v[7], (Long) v[8], (String) v[9], (Long) v[10], (Long) v[11],
          (DebitCredit) v[12]);
    });
  }

  private static void set(Object[] v, int field, String text, int pick) {
    switch (field) {
      case 6:
      case 7:
        v[field] = DATES.get(pick % DATES.size());
        break;
      case 8:
      case 10:
      case 11:
        v[field] = NUMBERS.get(pick % NUMBERS.size());
        break;
      case 12:
        v[field] = DIRECTIONS.get(pick % DIRECTIONS.size());
        break;
      default:
        v[field] = text;
    }
  }

  @Test
  void the_short_way_answers_exactly_when_the_long_way_finds_nothing_and_the_same_input() {
    SubmitClaimRequest.Known known = new SubmitClaimRequest.Known();
    qt().withExamples(20_000).forAll(lines()).checkAssert(line -> {
      FieldCheck check = new FieldCheck();
      ClaimLineInput long_ = line.toInput(check, "lines[0].");
      ClaimLineInput short_ = line.checked(known);
      assertThat(short_ != null).as(line.toString()).isEqualTo(check.ok());
      if (short_ != null) {
        assertThat(short_).isEqualTo(long_);
      }
    });
  }

  @Test
  void a_good_line_goes_the_short_way_again_and_again() {
    SubmitClaimRequest.Known known = new SubmitClaimRequest.Known();
    ClaimLineInput first = GOOD.checked(known);
    assertThat(first).isNotNull().isEqualTo(GOOD.toInput(new FieldCheck(), ""));
    assertThat(GOOD.checked(known)).isEqualTo(first);
  }
}
