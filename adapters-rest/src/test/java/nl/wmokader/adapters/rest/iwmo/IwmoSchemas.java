package nl.wmokader.adapters.rest.iwmo;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The iWmo 3.2 schemas from {@code ../shared/iwmo-3.2/xsd/} beside the repository (read from the
 * file system, never bundled), and the test schemas of this module (325, 306, 308), which imports the standard's
 * basisschema from there. Without {@code ../shared} a test that needs them is skipped, visibly;
 * with {@code CI=true} it fails instead.
 */
public final class IwmoSchemas {
  private static final Path XSD = locate();

  private IwmoSchemas() {}

  private static Path locate() {
    // the module's directory (surefire's working directory) or the repository's root
    for (Path start : new Path[] {Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath().getParent()}) {
      if (start == null) {
        continue;
      }
      Path candidate = start.resolveSibling("shared").resolve("iwmo-3.2").resolve("xsd");
      if (Files.isRegularFile(candidate.resolve("basisschema.xsd"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Skips the calling test without the schemas, fails it with {@code CI=true}. */
  public static Path require() {
    if (XSD == null) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("the iWmo schemas are missing (../shared/iwmo-3.2/xsd) and CI=true");
      }
      Assumptions.abort("no ../shared/iwmo-3.2/xsd beside the repository: iWmo schema checks skipped");
    }
    return XSD;
  }

  /** The standard's WMO323.xsd. */
  public static Schema wmo323() {
    Path xsd = require();
    return schema(new StreamSource(xsd.resolve("WMO323.xsd").toFile()), xsd);
  }

  /** This module's 325 test schema on the standard's basisschema. */
  public static Schema wmo325() {
    return testSchema("325");
  }

  /** The standard's schema of message type {@code number} (301, 305, 307, 315, 317, 319, ...). */
  public static Schema standard(String number) {
    Path xsd = require();
    return schema(new StreamSource(xsd.resolve("WMO" + number + ".xsd").toFile()), xsd);
  }

  /** This module's test schema of a message type the standard's folder lacks (306, 308, 316, 318, 325). */
  public static Schema testSchema(String number) {
    Path xsd = require();
    URL test = IwmoSchemas.class.getResource("WMO" + number + "-test.xsd");
    return schema(new StreamSource(test.toExternalForm()), xsd);
  }

  /** Passes when {@code xml} is valid by {@code schema}; else fails naming the schema's complaint. */
  public static void assertValid(Schema schema, byte[] xml) {
    Validator validator = schema.newValidator();
    assertThatCode(() -> validator.validate(new StreamSource(new ByteArrayInputStream(xml))))
        .as(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).doesNotThrowAnyException();
  }

  private static Schema schema(StreamSource source, Path xsd) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setResourceResolver(basisFrom(xsd));
    try {
      return factory.newSchema(source);
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException("an iWmo schema does not compile", e);
    }
  }

  /** {@code basisschema.xsd} from the standard's directory, whatever schema imports it. */
  private static LSResourceResolver basisFrom(Path xsd) {
    return (type, namespace, publicId, systemId, baseUri) -> {
      if (systemId == null || !systemId.endsWith("basisschema.xsd")) {
        return null;
      }
      return new FileInput(xsd.resolve("basisschema.xsd"), publicId, systemId, baseUri);
    };
  }

  private record FileInput(Path file, String publicId, String systemId, String baseURI) implements LSInput {
    @Override
    public InputStream getByteStream() {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override public java.io.Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(java.io.Reader r) {}
    @Override public void setByteStream(InputStream s) {}
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String s) {}
    @Override public String getSystemId() { return systemId; }
    @Override public void setSystemId(String s) {}
    @Override public String getPublicId() { return publicId; }
    @Override public void setPublicId(String s) {}
    @Override public String getBaseURI() { return baseURI; }
    @Override public void setBaseURI(String s) {}
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String s) {}
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean b) {}
  }
}
