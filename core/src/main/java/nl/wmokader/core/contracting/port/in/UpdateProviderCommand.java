package nl.wmokader.core.contracting.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Replaces a registered provider's details (the AGB code identifies it and never changes), as in
 * {@link RegisterProviderCommand}. {@code expectedVersion} is the version the change was based on.
 * Made from raw values by {@link #read} and {@link #forProvider}; {@link #validated} is the second round the
 * use case applies after access.
 */
public record UpdateProviderCommand(AgbCode agb, long expectedVersion, String name,
    ChamberOfCommerceNumber chamberOfCommerce, Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {

  /**
   * The command from raw values, every detail as in {@link RegisterProviderCommand#read} but the AGB
   * code (which {@link #forProvider} names) and the {@code version} the change is based on; or every missing or
   * malformed field.
   */
  public static Either<DomainError, UpdateProviderCommand> read(Long version, String name, String chamberOfCommerce,
      Seq<ProviderDeliveryForm> deliveryForms, ContactInput supervisionContact) {
    FieldChecks check = new FieldChecks();
    check.present("version", version);
    check.presentText("name", name);
    ProviderDetails.Read details = ProviderDetails.read(check, chamberOfCommerce, deliveryForms, supervisionContact);
    return check.resultFrom(() -> new UpdateProviderCommand(null, version, name, details.kvk(), details.forms(),
        details.contact()));
  }

  /** This command for the provider {@code agb}: a caller names it apart from the details (REST: in the path). */
  public UpdateProviderCommand forProvider(AgbCode agb) {
    return new UpdateProviderCommand(agb, expectedVersion, name, chamberOfCommerce, deliveryForms, supervisionContact);
  }

  /** This command when every detail is present, the name at most 200 characters and the contact valid. */
  public Either<DomainError, UpdateProviderCommand> validated() {
    FieldChecks checks = new FieldChecks();
    ProviderDetails.check(checks, agb, name, chamberOfCommerce, deliveryForms, supervisionContact);
    return checks.result(this);
  }
}
