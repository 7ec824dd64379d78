package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.IwmoXml.BASIS;
import static nl.wmokader.adapters.rest.iwmo.IwmoXml.WMO302;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.wmokader.adapters.rest.iwmo.IwmoCursor.Unreadable;

/**
 * Reads the header of a 302 (the provider's technical retour on a 301) through an {@link
 * IwmoCursor}, and reads past its body. A message whose header cannot be read is {@link Unreadable}.
 */
final class Message302Reader {
  private Message302Reader() {}

  static Message302 read(InputStream body) throws Unreadable, IOException {
    try (IwmoCursor in = IwmoCursor.open(body)) {
      in.start(WMO302, "Bericht");
      IwmoHeader answered = IwmoHeader.readOpen(in, WMO302);
      String own = in.text(WMO302, "IdentificatieRetour");
      LocalDate ownDay = in.date(WMO302, "DagtekeningRetour", "Header");
      in.optionalText(WMO302, "XsltVersie");
      in.start(WMO302, "XsdVersieRetour");
      String ownBasis = in.text(BASIS, "BasisschemaXsdVersie");
      String ownMessage = in.text(BASIS, "BerichtXsdVersie");
      in.end();
      List<String> codes = new ArrayList<>();
      if (in.nextIs("RetourCodes")) {
        in.start(WMO302, "RetourCodes");
        do {
          codes.add(in.text(WMO302, "RetourCode"));
        } while (in.nextIs("RetourCode"));
        in.end();
      }
      in.end();   // Header
      try {
        in.skipRest();
      } catch (Unreadable | XMLStreamException e) {
        in.problem(e instanceof Unreadable ? e.getMessage() : "the message is not well-formed XML");
      }
      return new Message302(answered, own, ownDay, ownBasis, ownMessage, codes, in.problems());
    } catch (XMLStreamException | RuntimeException e) {
      // a parser's message may quote the input: never pass it on
      throw new Unreadable("the message is not well-formed XML with a 302 header");
    }
  }
}
