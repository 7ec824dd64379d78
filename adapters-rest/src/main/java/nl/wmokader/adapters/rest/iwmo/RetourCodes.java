package nl.wmokader.adapters.rest.iwmo;

/** The retourcodes (WJ001) this package answers with at header, claim, client, product and request level; a claim line's come from the core. */
final class RetourCodes {
  /** Bericht is afgekeurd om technische redenen. */
  static final String TECHNICAL = "0001";
  /** Geen opmerking over deze berichtklasse. */
  static final String NO_REMARK = "0200";
  /** Berichtklasse is niet beoordeeld. */
  static final String NOT_ASSESSED = "0233";
  /** Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen. */
  static final String DAGTEKENING_IN_FUTURE = "8848";
  /** Identificatie moet per berichtsoort uniek zijn voor de verzendende partij. */
  static final String IDENTIFICATION_NOT_UNIQUE = "9056";
  /** Het regiebericht kan niet gekoppeld worden aan een toewijzing (TR019). */
  static final String NOT_LINKED_TO_ASSIGNMENT = "9019";
  /** Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is (TR063). */
  static final String NO_EARLIER_MESSAGE = "9063";
  /** Er is al een eerder bericht ontvangen met dezelfde sleutel (TR074). */
  static final String SAME_KEY_RECEIVED = "9074";
  /** Declaratienummer is niet uniek. */
  static final String CLAIM_NUMBER_NOT_UNIQUE = "9333";
  /** ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein (TR347, 315 and 317). */
  static final String REFERENCE_NOT_UNIQUE = "9347";
  /** TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer (TR351, 317). */
  static final String NO_CURRENT_ASSIGNMENT = "9351";

  private RetourCodes() {}
}
