package nl.wmokader.adapters.rest.iwmo;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** What the iWmo tests do to messages: tamper with their bytes, and read an answer as a DOM. */
public final class IwmoTestXml {
  private IwmoTestXml() {}

  /** {@code xml} after a UTF-8 byte order mark. */
  public static byte[] withBom(byte[] xml) {
    byte[] bom = new byte[xml.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(xml, 0, bom, 3, xml.length);
    return bom;
  }

  /** An answer as a namespace-aware DOM (fine for a test's small messages); no DTD. */
  public static Document dom(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException("not an XML document", e);
    }
  }
}
