package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.settlement.SettlementApi.MAASOEVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.iwmo.InMemoryIwmoMessageLog;
import nl.wmokader.adapters.rest.iwmo.IwmoFolder;
import nl.wmokader.adapters.rest.iwmo.IwmoFolder.Outcome;
import nl.wmokader.adapters.rest.iwmo.IwmoFolder.Status;
import nl.wmokader.adapters.rest.iwmo.IwmoSchemas;
import nl.wmokader.adapters.rest.iwmo.Message323Builder;
import nl.wmokader.adapters.rest.iwmo.Message325;
import nl.wmokader.adapters.rest.settlement.SettlementApi.Assigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of messages as the hub delivers them: each answered beside it once, the unanswerable said why. */
class IwmoFolderTest {
  @TempDir
  Path folder;

  private static long claims(SettlementApi api) {
    return api.server.get("/api/v1/claims", "region").json().path("totalItems").asLong();
  }

  @Test
  void each_message_is_answered_beside_it_once_and_what_cannot_be_answered_says_why() throws Exception {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      IwmoFolder hub = new IwmoFolder(WmoKaderRoutes.iwmoReceivers(api.wmo, new InMemoryIwmoMessageLog()),
          api.wmo.knownActors());
      Files.write(folder.resolve("a-claim.xml"), Iwmo323RoutesTest.message(a).bytes());
      Message323Builder oldVersion = Iwmo323RoutesTest.message(a);
      oldVersion.version = "2";
      oldVersion.identification = "M2";
      Files.write(folder.resolve("b-old-version.xml"), oldVersion.bytes());
      Message323Builder stranger = new Message323Builder("98000099", "1721", Iwmo323RoutesTest.FEBRUARY,
          SettlementApi.TODAY).line(Iwmo323RoutesTest.hours(a, "R9", 1, SettlementApi.TARIFF));
      Files.write(folder.resolve("c-unregistered.xml"), stranger.bytes());
      Files.writeString(folder.resolve("d-not-xml.xml"), "not xml at all");
      Files.writeString(folder.resolve("e-other.xml"),
          "<Bericht xmlns=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"><Header/></Bericht>");
      Files.writeString(folder.resolve("notes.txt"), "not a message");

      List<Outcome> first = hub.importFolder(folder);

      assertThat(first).extracting(o -> o.file().getFileName().toString(), Outcome::status).containsExactly(
          org.assertj.core.groups.Tuple.tuple("a-claim.xml", Status.ANSWERED),
          org.assertj.core.groups.Tuple.tuple("b-old-version.xml", Status.ANSWERED),
          org.assertj.core.groups.Tuple.tuple("c-unregistered.xml", Status.NOT_ANSWERED),
          org.assertj.core.groups.Tuple.tuple("d-not-xml.xml", Status.NOT_ANSWERED),
          org.assertj.core.groups.Tuple.tuple("e-other.xml", Status.NOT_ANSWERED));
      byte[] answer = Files.readAllBytes(folder.resolve("a-claim.325.xml"));
      IwmoSchemas.assertValid(IwmoSchemas.wmo325(), answer);
      Message325 parsed = Message325.parse(answer);
      assertThat(parsed.header()).containsExactly("0200");
      assertThat(parsed.lines()).containsExactly(List.of("8001"));
      assertThat(Message325.parse(Files.readAllBytes(folder.resolve("b-old-version.325.xml"))).header())
          .containsExactly("0001");
      assertThat(Files.readString(folder.resolve("c-unregistered.error.txt"))).contains("not a provider registered");
      assertThat(Files.readString(folder.resolve("d-not-xml.error.txt"))).contains("not well-formed");
      assertThat(Files.readString(folder.resolve("e-other.error.txt"))).contains("301 is not received here");
      assertThat(claims(api)).isEqualTo(1);
      try (var listing = Files.list(folder)) {
        assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
      }

      // again: the answered stay as they are, the others are tried again
      Files.write(folder.resolve("a-claim.325.xml"), "kept".getBytes(StandardCharsets.UTF_8));
      List<Outcome> second = hub.importFolder(folder);
      assertThat(second).extracting(o -> o.file().getFileName().toString())
          .containsExactly("c-unregistered.xml", "d-not-xml.xml", "e-other.xml");
      assertThat(Files.readString(folder.resolve("a-claim.325.xml"))).isEqualTo("kept");
      assertThat(claims(api)).isEqualTo(1);
    }
  }
}
