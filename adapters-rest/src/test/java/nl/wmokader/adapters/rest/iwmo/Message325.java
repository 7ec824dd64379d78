package nl.wmokader.adapters.rest.iwmo;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A 325 as a test reads it (a DOM is fine for a test's small answers): the retourcodes at each level. */
public record Message325(List<String> header, List<String> claim, List<List<String>> clients, List<List<String>> lines,
                         Document document) {
  private static final String NS = "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema";

  public static Message325 parse(byte[] xml) {
    try {
      Document doc = IwmoTestXml.dom(xml);
      Element root = doc.getDocumentElement();
      List<String> header = codes(child(root, "Header"));
      Element answer = child(root, "DeclaratieAntwoord");
      List<String> claim = answer == null ? List.of() : codes(answer);
      List<List<String>> clients = new ArrayList<>();
      List<List<String>> lines = new ArrayList<>();
      if (answer != null) {
        for (Element client : children(child(answer, "Clienten"), "Client")) {
          clients.add(codes(client));
          for (Element line : children(child(client, "Prestaties"), "Prestatie")) {
            lines.add(codes(line));
          }
        }
      }
      return new Message325(header, claim, clients, lines, doc);
    } catch (Exception e) {
      throw new IllegalStateException("not a 325", e);
    }
  }

  /** The text of the first element {@code name} of the 325 namespace anywhere in the message. */
  public String text(String name) {
    return document.getElementsByTagNameNS(NS, name).item(0).getTextContent();
  }

  public boolean hasAnswer() {
    return document.getElementsByTagNameNS(NS, "DeclaratieAntwoord").getLength() > 0;
  }

  private static List<String> codes(Element parent) {
    List<String> codes = new ArrayList<>();
    for (Element code : children(child(parent, "RetourCodes"), "RetourCode")) {
      codes.add(code.getTextContent());
    }
    return codes;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
