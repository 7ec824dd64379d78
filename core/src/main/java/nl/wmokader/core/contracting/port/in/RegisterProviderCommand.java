package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A provider to register: its AGB code, name (at most 200 characters), Chamber of Commerce number,
 * the forms it delivers in (at least one) and its contact for supervision. Made from raw values by
 * {@link #read} (presence and formats); {@link #validated} is the second round the use case applies
 * after access.
 */
public record RegisterProviderCommand(AgbCode agb, String name, ChamberOfCommerceNumber chamberOfCommerce,
    Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {

  /** The most characters of a provider's name. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * The command from raw values: the 8-digit AGB code, the name, the 8-digit Chamber of Commerce
   * number, the delivery forms (at least one) and the supervision contact; or every missing or
   * malformed field ({@code supervisionContact.email}).
   */
  public static Either<DomainError, RegisterProviderCommand> read(String agbCode, String name, String chamberOfCommerce,
      Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("agbCode", agbCode));
    check.presentText("name", name);
    ProviderDetails.Read details = ProviderDetails.read(check, chamberOfCommerce, deliveryForms, supervisionContact);
    return check.resultFrom(() -> new RegisterProviderCommand(agb, name, details.kvk(), details.forms(),
        details.contact()));
  }

  /** This command when every detail is present, the name at most 200 characters and the contact valid. */
  public Either<DomainError, RegisterProviderCommand> validated() {
    FieldChecks checks = new FieldChecks();
    ProviderDetails.check(checks, agb, name, chamberOfCommerce, deliveryForms, supervisionContact);
    return checks.result(this);
  }
}
