package nl.wmokader.core.indication.port.in;

import nl.wmokader.core.shared.MunicipalityCode;

/** Whether any case (indication) is the municipality's, as responsible or attributed: before it may leave the region. */
public interface CheckMemberCasesUseCase {

  boolean hasCases(MunicipalityCode municipality);
}
