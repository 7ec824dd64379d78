package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.JsonFields.date;
import static nl.wmokader.adapters.rest.JsonFields.number;
import static nl.wmokader.adapters.rest.JsonFields.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.MemberCharge;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.ProviderPayment;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.SettlementTotal;

/**
 * A member's settlement and the central payment written token by token, straight from the domain:
 * byte for byte what the mapper writes for {@link MemberSettlementDto} and {@link CentralPaymentDto}
 * (the routes are read often, and serialising their DTOs by reflection cost more than computing
 * them). {@code SettlementJsonWriterTest} holds writer and DTO together; a member added to a DTO
 * must be added here.
 */
public final class SettlementJsonWriter {
  private static final SerializedString MUNICIPALITY = new SerializedString("municipality");
  private static final SerializedString MONTH = new SerializedString("month");
  private static final SerializedString ITEMS = new SerializedString("items");
  private static final SerializedString RECOVERIES = new SerializedString("recoveries");
  private static final SerializedString DEBITS_CENTS = new SerializedString("debitsCents");
  private static final SerializedString CREDITS_CENTS = new SerializedString("creditsCents");
  private static final SerializedString RECOVERED_CENTS = new SerializedString("recoveredCents");
  private static final SerializedString TOTAL_CENTS = new SerializedString("totalCents");
  private static final SerializedString PROVIDER = new SerializedString("provider");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString CATEGORY_CODE = new SerializedString("categoryCode");
  private static final SerializedString PRODUCT = new SerializedString("product");
  private static final SerializedString NET_CENTS = new SerializedString("netCents");
  private static final SerializedString LINES = new SerializedString("lines");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString AMOUNT_CENTS = new SerializedString("amountCents");
  private static final SerializedString REASON = new SerializedString("reason");
  private static final SerializedString REFERENCE = new SerializedString("reference");
  private static final SerializedString REGISTERED_ON = new SerializedString("registeredOn");
  private static final SerializedString PAYMENTS = new SerializedString("payments");
  private static final SerializedString CHARGES = new SerializedString("charges");
  private static final SerializedString TOTAL_PAID_CENTS = new SerializedString("totalPaidCents");
  private static final SerializedString TOTAL_CHARGED_CENTS = new SerializedString("totalChargedCents");
  private static final SerializedString APPROVED_CENTS = new SerializedString("approvedCents");
  private static final SerializedString PAYABLE_CENTS = new SerializedString("payableCents");

  private SettlementJsonWriter() {}

  /** As {@link MemberSettlementDto#from}. */
  public static void memberSettlement(MemberSettlement s, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, MUNICIPALITY, s.member().value());
    string(out, MONTH, s.month().toString());
    out.writeFieldName(ITEMS);
    out.writeStartArray();
    for (SettlementTotal t : s.items()) {
      item(t, out);
    }
    out.writeEndArray();
    out.writeFieldName(RECOVERIES);
    out.writeStartArray();
    for (Recovery r : s.recoveries()) {
      recovery(r, out);
    }
    out.writeEndArray();
    // the sums as the domain defines them, not derived a second time here
    number(out, DEBITS_CENTS, s.debits().cents());
    number(out, CREDITS_CENTS, s.credits().cents());
    number(out, RECOVERED_CENTS, s.recovered().cents());
    number(out, TOTAL_CENTS, s.total().cents());
    out.writeEndObject();
  }

  /** As {@link MemberSettlementDto.ItemDto#from}. */
  private static void item(SettlementTotal t, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, PROVIDER, t.provider().value());
    string(out, CATEGORY, t.category().name());
    string(out, CATEGORY_CODE, t.category().code());
    if (t.product().isDefined()) {
      string(out, PRODUCT, t.product().get().value());
    }
    number(out, DEBITS_CENTS, t.debits().cents());
    number(out, CREDITS_CENTS, t.credits().cents());
    number(out, NET_CENTS, t.net().cents());
    number(out, LINES, t.lines());
    out.writeEndObject();
  }

  /** As {@link RecoveryDto#from}. */
  private static void recovery(Recovery r, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, ID, r.id().toString());
    string(out, PROVIDER, r.provider().value());
    string(out, MUNICIPALITY, r.member().value());
    string(out, MONTH, r.month().toString());
    number(out, AMOUNT_CENTS, r.amount().cents());
    string(out, REASON, r.reason());
    string(out, REFERENCE, r.reference());
    date(out, REGISTERED_ON, r.registeredOn());
    out.writeEndObject();
  }

  /** As {@link CentralPaymentDto#from}. */
  public static void centralPayment(CentralPayment c, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(out, MONTH, c.month().toString());
    out.writeFieldName(PAYMENTS);
    out.writeStartArray();
    for (ProviderPayment p : c.payments()) {
      out.writeStartObject();
      string(out, PROVIDER, p.provider().value());
      number(out, APPROVED_CENTS, p.approved().cents());
      number(out, RECOVERED_CENTS, p.recovered().cents());
      number(out, PAYABLE_CENTS, p.payable().cents());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeFieldName(CHARGES);
    out.writeStartArray();
    for (MemberCharge m : c.charges()) {
      out.writeStartObject();
      string(out, MUNICIPALITY, m.member().value());
      number(out, DEBITS_CENTS, m.debits().cents());
      number(out, CREDITS_CENTS, m.credits().cents());
      number(out, RECOVERED_CENTS, m.recovered().cents());
      number(out, TOTAL_CENTS, m.total().cents());
      out.writeEndObject();
    }
    out.writeEndArray();
    number(out, TOTAL_PAID_CENTS, c.totalPaid().cents());
    number(out, TOTAL_CHARGED_CENTS, c.totalCharged().cents());
    out.writeEndObject();
  }
}
