package nl.wmokader.core.indication.port.in;

import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/** The fields both kinds of request open with: whom it goes to, who asks, for whom, under which reference. */
record RequestFields(MunicipalityCode municipality, AgbCode provider, Bsn client, ProviderReference reference) {

  /** The fields from raw values, each null with its error added to {@code check} when missing or malformed. */
  static RequestFields read(FieldChecks check, String municipality, String provider, String client, String reference) {
    return new RequestFields(
        check.valid(MunicipalityCode.validate("municipality", municipality)),
        check.valid(AgbCode.validate("provider", provider)),
        check.valid(Bsn.validate("client", client)),
        check.valid(ProviderReference.validate("reference", reference)));
  }

  /** Adds "required" for each of the fields that is null. */
  static void require(FieldChecks checks, MunicipalityCode municipality, AgbCode provider, Bsn client,
                      ProviderReference reference) {
    checks.required("municipality", municipality);
    checks.required("provider", provider);
    checks.required("client", client);
    checks.required("reference", reference);
  }
}
