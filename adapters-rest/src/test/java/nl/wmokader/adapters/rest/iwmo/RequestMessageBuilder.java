package nl.wmokader.adapters.rest.iwmo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written iWmo 315, 317 and 320 messages for tests: every field settable, so that a test can
 * tamper with any of them. {@link #xml315()} and {@link #xml317()} are valid by the standard's
 * schemas as long as the fields are.
 */
public final class RequestMessageBuilder {
  /** One AangevraagdProduct (315); {@code code} null leaves Product's Code out, {@code category} null the Product. */
  public record Asked(String reference, String category, String code, LocalDate start, LocalDate end, String volume,
                      String unit, String frequency) {}

  /** One TeWijzigenProduct (317); {@code end} or {@code volume} null leaves it out. */
  public record Change(String number, LocalDate from, LocalDate end, String volume, String unit, String frequency) {}

  public String code;
  public String version = "3";
  public String subversion = "2";
  public String sender;
  public String receiver;
  public String identification = "V1";
  public String dagtekening;
  public String bsn;
  public String reference = "VW-1";
  public final List<Asked> asked = new ArrayList<>();
  public final List<Change> changes = new ArrayList<>();
  public final List<String> unchanged = new ArrayList<>();
  public boolean newProduct;

  public RequestMessageBuilder(String sender, String receiver, String bsn, LocalDate today) {
    this.sender = sender;
    this.receiver = receiver;
    this.bsn = bsn;
    this.dagtekening = today.toString();
  }

  private String header(String type) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo" + type + ":Bericht xmlns:wmo" + type
        + "=\"http://www.istandaarden.nl/iwmo/3_2/wmo" + type + "/schema\" "
        + "xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\">\n<wmo" + type + ":Header>"
        + e(type, "BerichtCode", code) + e(type, "BerichtVersie", version) + e(type, "BerichtSubversie", subversion)
        + e(type, "Afzender", sender) + e(type, "Ontvanger", receiver)
        + "<wmo" + type + ":BerichtIdentificatie>" + b("Identificatie", identification) + b("Dagtekening", dagtekening)
        + "</wmo" + type + ":BerichtIdentificatie><wmo" + type + ":XsdVersie>" + b("BasisschemaXsdVersie", "1.0.0")
        + b("BerichtXsdVersie", "1.0.0") + "</wmo" + type + ":XsdVersie>";
  }

  /** A 315 with the products {@link #asked}. */
  public String xml315() {
    if (code == null) {
      code = "444";
    }
    StringBuilder x = new StringBuilder(header("315")).append("</wmo315:Header>\n<wmo315:Client>")
        .append(e("315", "Bsn", bsn))
        .append("<wmo315:Geboortedatum>").append(b("Datum", "1950-05-01")).append("</wmo315:Geboortedatum>")
        .append(e("315", "Geslacht", "0"))
        .append("<wmo315:Naam><iwmo:Geslachtsnaam>").append(b("Achternaam", "Testpersoon"))
        .append("</iwmo:Geslachtsnaam></wmo315:Naam><wmo315:AangevraagdeProducten>");
    for (Asked a : asked) {
      x.append("\n<wmo315:AangevraagdProduct>").append(e("315", "ReferentieAanbieder", a.reference()));
      if (a.category() != null) {
        x.append("<wmo315:Product>").append(b("Categorie", a.category()));
        if (a.code() != null) {
          x.append(b("Code", a.code()));
        }
        x.append("</wmo315:Product>");
      }
      x.append(e("315", "ToewijzingIngangsdatum", a.start().toString()));
      if (a.end() != null) {
        x.append(e("315", "ToewijzingEinddatum", a.end().toString()));
      }
      if (a.volume() != null) {
        x.append("<wmo315:Omvang>").append(b("Volume", a.volume())).append(b("Eenheid", a.unit()))
            .append(b("Frequentie", a.frequency())).append("</wmo315:Omvang>");
      }
      x.append("<wmo315:Verwijzer>").append(b("Type", "01")).append("</wmo315:Verwijzer></wmo315:AangevraagdProduct>");
    }
    return x.append("</wmo315:AangevraagdeProducten></wmo315:Client>\n</wmo315:Bericht>\n").toString();
  }

  /** A 317 with {@link #unchanged}, {@link #changes} and, when {@link #newProduct}, one new product. */
  public String xml317() {
    if (code == null) {
      code = "480";
    }
    StringBuilder x = new StringBuilder(header("317")).append("</wmo317:Header>\n<wmo317:Client>")
        .append(e("317", "Bsn", bsn)).append("<wmo317:Verzoek>").append(e("317", "ReferentieAanbieder", reference))
        .append(e("317", "RedenVerzoek", "1"));
    if (!unchanged.isEmpty()) {
      x.append("<wmo317:OngewijzigdeProducten>");
      unchanged.forEach(n -> x.append("<wmo317:OngewijzigdProduct>").append(e("317", "ToewijzingNummer", n))
          .append("</wmo317:OngewijzigdProduct>"));
      x.append("</wmo317:OngewijzigdeProducten>");
    }
    if (!changes.isEmpty()) {
      x.append("<wmo317:TeWijzigenProducten>");
      for (Change c : changes) {
        x.append("<wmo317:TeWijzigenProduct>").append(e("317", "ToewijzingNummer", c.number()))
            .append(e("317", "GewensteIngangsdatum", c.from().toString()));
        if (c.end() != null) {
          x.append(e("317", "Einddatum", c.end().toString()));
        }
        if (c.volume() != null) {
          x.append("<wmo317:Omvang>").append(b("Volume", c.volume())).append(b("Eenheid", c.unit()))
              .append(b("Frequentie", c.frequency())).append("</wmo317:Omvang>");
        }
        x.append("</wmo317:TeWijzigenProduct>");
      }
      x.append("</wmo317:TeWijzigenProducten>");
    }
    if (newProduct) {
      x.append("<wmo317:NieuweProducten><wmo317:NieuwProduct><wmo317:Product>").append(b("Categorie", "02"))
          .append("</wmo317:Product>").append(e("317", "GewensteIngangsdatum", dagtekening))
          .append("</wmo317:NieuwProduct></wmo317:NieuweProducten>");
    }
    return x.append("</wmo317:Verzoek></wmo317:Client>\n</wmo317:Bericht>\n").toString();
  }

  /** A 320 on the 319 {@code answered}, with its header's and its Antwoord's retourcodes 0200. */
  public String xml320(String answered, String answeredOn, String referenceAnswered) {
    if (code == null) {
      code = "483";
    }
    return header("320") + e("320", "IdentificatieRetour", answered) + e("320", "DagtekeningRetour", answeredOn)
        + e("320", "XsltVersie", "1.0.0") + "<wmo320:XsdVersieRetour>" + b("BasisschemaXsdVersie", "1.0.0")
        + b("BerichtXsdVersie", "1.0.0") + "</wmo320:XsdVersieRetour><wmo320:RetourCodes>"
        + e("320", "RetourCode", "0200") + "</wmo320:RetourCodes></wmo320:Header>\n<wmo320:Antwoord>"
        + e("320", "ReferentieAanbieder", referenceAnswered) + e("320", "VerzoekAntwoord", "1")
        + "<wmo320:RetourCodes>" + e("320", "RetourCode", "0200") + "</wmo320:RetourCodes></wmo320:Antwoord>\n"
        + "</wmo320:Bericht>\n";
  }

  public static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String e(String type, String name, String text) {
    return "<wmo" + type + ":" + name + ">" + text + "</wmo" + type + ":" + name + ">";
  }

  private static String b(String name, String text) {
    return "<iwmo:" + name + ">" + text + "</iwmo:" + name + ">";
  }
}
