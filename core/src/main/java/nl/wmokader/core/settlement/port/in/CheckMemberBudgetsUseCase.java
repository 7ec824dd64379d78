package nl.wmokader.core.settlement.port.in;

import nl.wmokader.core.shared.MunicipalityCode;

/** Whether a budget of the municipality is stored for any year: before it may leave the region. */
public interface CheckMemberBudgetsUseCase {

  boolean hasBudgets(MunicipalityCode municipality);
}
