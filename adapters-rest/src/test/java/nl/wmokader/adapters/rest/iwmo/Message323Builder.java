package nl.wmokader.adapters.rest.iwmo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes hand-made 323 messages for tests: a valid one by default, every part replaceable to tamper with it. */
public final class Message323Builder {
  /** One Prestatie; {@code tariff} null leaves ProductTarief out. */
  public record Line(String bsn, String reference, String previous, String number, String category, String product,
                     LocalDate from, LocalDate to, long volume, String unit, Long tariff, long amount, boolean credit) {}

  public String code = "484";
  public String version = "3";
  public String subversion = "2";
  public String sender;
  public String receiver;
  public String identification = "M1";
  public String dagtekening;
  public String claimNumber = "D1";
  public YearMonth month;
  public String claimDagtekening;
  private final List<Line> lines = new ArrayList<>();

  public Message323Builder(String sender, String receiver, YearMonth month, LocalDate today) {
    this.sender = sender;
    this.receiver = receiver;
    this.month = month;
    this.dagtekening = today.toString();
    this.claimDagtekening = today.toString();
  }

  public Message323Builder line(Line line) {
    lines.add(line);
    return this;
  }

  /** The message's text, clients in the order they first appear, each with its lines in order. */
  public String xml() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\" ")
        .append("xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\">\n<wmo323:Header>")
        .append(e("BerichtCode", code)).append(e("BerichtVersie", version)).append(e("BerichtSubversie", subversion))
        .append(e("Afzender", sender)).append(e("Ontvanger", receiver))
        .append("<wmo323:BerichtIdentificatie>").append(b("Identificatie", identification))
        .append(b("Dagtekening", dagtekening)).append("</wmo323:BerichtIdentificatie>")
        .append("<wmo323:XsdVersie>").append(b("BasisschemaXsdVersie", "1.0.0")).append(b("BerichtXsdVersie", "1.0.0"))
        .append("</wmo323:XsdVersie></wmo323:Header>\n<wmo323:Declaratie>")
        .append(e("DeclaratieNummer", claimNumber))
        .append("<wmo323:DeclaratiePeriode>").append(b("Begindatum", month.atDay(1).toString()))
        .append(b("Einddatum", month.atEndOfMonth().toString())).append("</wmo323:DeclaratiePeriode>")
        .append(e("DeclaratieDagtekening", claimDagtekening));
    long total = 0;
    for (Line l : lines) {
      total += l.credit() ? -l.amount() : l.amount();
    }
    x.append("<wmo323:TotaalIngediendBedrag>").append(b("TotaalBedrag", Long.toString(Math.abs(total))))
        .append(b("DebetCredit", total < 0 ? "C" : "D")).append("</wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>");
    Map<String, List<Line>> byClient = new LinkedHashMap<>();
    lines.forEach(l -> byClient.computeIfAbsent(l.bsn(), k -> new ArrayList<>()).add(l));
    byClient.forEach((bsn, ls) -> {
      x.append("<wmo323:Client>").append(e("Bsn", bsn)).append("<wmo323:Prestaties>");
      for (Line l : ls) {
        x.append("\n<wmo323:Prestatie><wmo323:ProductReferentie>").append(b("ReferentieNummer", l.reference()));
        if (l.previous() != null) {
          x.append(b("VorigReferentieNummer", l.previous()));
        }
        x.append("</wmo323:ProductReferentie>").append(e("ToewijzingNummer", l.number()))
            .append(e("ProductCategorie", l.category())).append(e("ProductCode", l.product()))
            .append("<wmo323:ProductPeriode>").append(b("Begindatum", l.from().toString()))
            .append(b("Einddatum", l.to().toString())).append("</wmo323:ProductPeriode>")
            .append(e("GeleverdVolume", Long.toString(l.volume()))).append(e("Eenheid", l.unit()));
        if (l.tariff() != null) {
          x.append(e("ProductTarief", Long.toString(l.tariff())));
        }
        x.append("<wmo323:IngediendBedrag>").append(b("Bedrag", Long.toString(l.amount())))
            .append(b("DebetCredit", l.credit() ? "C" : "D")).append("</wmo323:IngediendBedrag></wmo323:Prestatie>");
      }
      x.append("</wmo323:Prestaties></wmo323:Client>\n");
    });
    return x.append("</wmo323:Clienten></wmo323:Declaratie>\n</wmo323:Bericht>\n").toString();
  }

  public byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  private static String e(String name, String text) {
    return "<wmo323:" + name + ">" + text + "</wmo323:" + name + ">";
  }

  private static String b(String name, String text) {
    return "<iwmo:" + name + ">" + text + "</iwmo:" + name + ">";
  }
}
