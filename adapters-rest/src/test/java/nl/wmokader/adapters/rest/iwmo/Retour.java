package nl.wmokader.adapters.rest.iwmo;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A retour or answer as a test reads it: the retourcodes of each element of a name, and texts. */
public record Retour(Document document) {

  public static Retour parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Retour(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      throw new IllegalStateException("not a readable retour", e);
    }
  }

  /** Per element named {@code owner}, in document order, the codes of its own RetourCodes. */
  public List<List<String>> codes(String owner) {
    List<List<String>> all = new ArrayList<>();
    var owners = document.getElementsByTagNameNS("*", owner);
    for (int i = 0; i < owners.getLength(); i++) {
      List<String> codes = new ArrayList<>();
      for (Node child = owners.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && e.getLocalName().equals("RetourCodes")) {
          var each = e.getElementsByTagNameNS("*", "RetourCode");
          for (int j = 0; j < each.getLength(); j++) {
            codes.add(each.item(j).getTextContent());
          }
        }
      }
      all.add(codes);
    }
    return all;
  }

  /** The codes of the Header. */
  public List<String> header() {
    return codes("Header").get(0);
  }

  /** The text of the first element named {@code name}, or null. */
  public String text(String name) {
    var found = document.getElementsByTagNameNS("*", name);
    return found.getLength() == 0 ? null : found.item(0).getTextContent();
  }
}
