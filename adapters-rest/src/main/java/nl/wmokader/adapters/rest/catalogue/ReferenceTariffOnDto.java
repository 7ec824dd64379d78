package nl.wmokader.adapters.rest.catalogue;

import java.time.LocalDate;

/** The reference tariff per unit, in cents, of product {@code productCode} in force on {@code asOf}. */
public record ReferenceTariffOnDto(String productCode, LocalDate asOf, long tariffCents) {}
