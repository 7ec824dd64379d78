package nl.wmokader.core.settlement.domain;

/** iWmo's DebetCredit: whether a line asks for money (D) or takes back an approved debit (C). */
public enum DebitCredit {
  DEBIT("D"),
  CREDIT("C");

  private final String code;

  DebitCredit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
