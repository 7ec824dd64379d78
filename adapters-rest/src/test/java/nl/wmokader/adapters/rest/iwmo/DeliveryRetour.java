package nl.wmokader.adapters.rest.iwmo;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A 306 or 308 as a test reads it (a DOM): the retourcodes at each level and the values of the header. */
public record DeliveryRetour(List<String> header, List<String> client, List<List<String>> products, Document document,
                             String namespace) {

  /** Reads retour {@code number} (306 or 308). */
  public static DeliveryRetour parse(String number, byte[] xml) {
    String ns = IwmoXml.namespace(number);
    try {
      Document doc = IwmoTestXml.dom(xml);
      Element root = doc.getDocumentElement();
      List<String> header = codes(child(root, "Header", ns), ns);
      Element client = child(root, "Client", ns);
      List<List<String>> products = new ArrayList<>();
      if (client != null) {
        Element items = child(client, number.equals("306") ? "StartProducten" : "StopProducten", ns);
        for (Element item : children(items, number.equals("306") ? "StartProduct" : "StopProduct", ns)) {
          products.add(codes(item, ns));
        }
      }
      return new DeliveryRetour(header, client == null ? List.of() : codes(client, ns), products, doc, ns);
    } catch (Exception e) {
      throw new IllegalStateException("not a " + number, e);
    }
  }

  /** The text of the first element {@code name} of the retour's namespace anywhere in the message. */
  public String text(String name) {
    return document.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
  }

  /** The text of the first element {@code name} of the basisschema (in the header: the message answered's). */
  public String basis(String name) {
    return document.getElementsByTagNameNS(IwmoXml.BASIS, name).item(0).getTextContent();
  }

  public boolean hasClient() {
    return document.getElementsByTagNameNS(namespace, "Client").getLength() > 0;
  }

  private static List<String> codes(Element parent, String ns) {
    List<String> codes = new ArrayList<>();
    Element holder = child(parent, "RetourCodes", ns);
    if (holder != null) {
      for (Element code : children(holder, "RetourCode", ns)) {
        codes.add(code.getTextContent());
      }
    }
    return codes;
  }

  private static Element child(Element parent, String name, String ns) {
    List<Element> found = children(parent, name, ns);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name, String ns) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
