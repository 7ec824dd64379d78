package nl.wmokader.adapters.rest.iwmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;

/** A client's particulars take only what a 301's schema allows, so that the 301 written is always valid. */
class IwmoClientParticularsTest {
  private static final LocalDate BORN = LocalDate.of(1948, 5, 17);

  @Test
  void takes_what_the_schema_allows_trimmed() {
    var p = new IwmoClientParticulars.Particulars(BORN, "1", " Testpersoon ", " van ", "JM");
    assertThat(p.surname()).isEqualTo("Testpersoon");
    assertThat(p.prefix()).isEqualTo("van");
    assertThat(new IwmoClientParticulars.Particulars(BORN, "0", "X", null, null).initials()).isNull();
  }

  @Test
  void refuses_what_the_schema_does_not() {
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(BORN, "3", "X", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(BORN, "1", " ", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(BORN, "1", "X".repeat(201), null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(BORN, "1", "X", "van der den", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(BORN, "1", "X", null, "J.M."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IwmoClientParticulars.Particulars(null, "1", "X", null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void unknown_knows_no_one() {
    assertThat(IwmoClientParticulars.unknown().of(new Bsn("999900006")).isEmpty()).isTrue();
  }
}
