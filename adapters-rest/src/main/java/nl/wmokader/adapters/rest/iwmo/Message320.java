package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO320;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * A 320 as read: a provider's technical retour on a 319. Its header repeats the 319's (the
 * municipality as Afzender, the provider as Ontvanger, the 319's identification); {@code
 * identification} is the 320's own (IdentificatieRetour); the retourcodes of its header and, when it
 * has one, of its Antwoord; and the technical problems the reader found. Read with the same secure cursor as every message.
 */
record Message320(IwmoHeader header, String identification, List<String> headerCodes, String reference,
                  List<String> answerCodes, List<String> problems) {

  static Message320 read(InputStream body) throws IwmoCursor.Unreadable, IOException {
    try (IwmoCursor in = IwmoCursor.open(body)) {
      in.start(WMO320, "Bericht");
      IwmoHeader header = IwmoHeader.readOpen(in, WMO320);
      try {
        String identification = in.text(WMO320, "IdentificatieRetour");
        in.date(WMO320, "DagtekeningRetour", "Header");
        in.optionalText(WMO320, "XsltVersie");
        in.start(WMO320, "XsdVersieRetour");
        in.text(IwmoXml.BASIS, "BasisschemaXsdVersie");
        in.text(IwmoXml.BASIS, "BerichtXsdVersie");
        in.end();
        List<String> headerCodes = codes(in);
        in.end();   // Header
        String reference = null;
        List<String> answerCodes = List.of();
        if (in.nextIs("Antwoord")) {
          in.start(WMO320, "Antwoord");
          reference = in.text(WMO320, "ReferentieAanbieder");
          in.text(WMO320, "VerzoekAntwoord");
          in.optionalText(WMO320, "RedenAfwijzingVerzoek");
          answerCodes = codes(in);
          in.end();
        }
        in.end();   // Bericht
        in.finish();
        return new Message320(header, identification, headerCodes, reference, answerCodes, in.problems());
      } catch (IwmoCursor.Unreadable | XMLStreamException | RuntimeException e) {
        in.problem(e instanceof IwmoCursor.Unreadable ? e.getMessage() : "the message is not well-formed XML");
        return new Message320(header, null, List.of(), null, List.of(), in.problems());
      }
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new IwmoCursor.Unreadable("the message is not well-formed XML with a 320 header");
    }
  }

  private static List<String> codes(IwmoCursor in) throws XMLStreamException, IwmoCursor.Unreadable {
    List<String> codes = new ArrayList<>();
    in.start(WMO320, "RetourCodes");
    do {
      codes.add(in.text(WMO320, "RetourCode"));
    } while (in.nextIs("RetourCode"));
    in.end();
    return codes;
  }

  /** What is recorded of it: the 319 it answers and the retourcodes given, no personal data. */
  byte[] summary() {
    return ("320 " + identification + " on 319 " + header.identification() + ": header " + headerCodes + ", answer " + reference + " " + answerCodes)
        .getBytes(StandardCharsets.UTF_8);
  }
}
