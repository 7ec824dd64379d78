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

  /** A 302 as the standard has it: the 301's header repeated ({@code municipality} to {@code provider}), then its own. */
  private static String retour302(String municipality, String provider) {
    String basis = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:Bericht xmlns:w=\"http://www.istandaarden.nl/iwmo/3_2/wmo302/schema\""
        + " xmlns:i=\"" + basis + "\"><w:Header><w:BerichtCode>415</w:BerichtCode><w:BerichtVersie>3</w:BerichtVersie>"
        + "<w:BerichtSubversie>2</w:BerichtSubversie><w:Afzender>" + municipality + "</w:Afzender><w:Ontvanger>" + provider
        + "</w:Ontvanger><w:BerichtIdentificatie><i:Identificatie>A77</i:Identificatie><i:Dagtekening>2026-03-01"
        + "</i:Dagtekening></w:BerichtIdentificatie><w:XsdVersie><i:BasisschemaXsdVersie>1.0.0</i:BasisschemaXsdVersie>"
        + "<i:BerichtXsdVersie>1.0.0</i:BerichtXsdVersie></w:XsdVersie><w:IdentificatieRetour>R1</w:IdentificatieRetour>"
        + "<w:DagtekeningRetour>2026-03-02</w:DagtekeningRetour><w:XsltVersie>1.0.0</w:XsltVersie><w:XsdVersieRetour>"
        + "<i:BasisschemaXsdVersie>1.0.0</i:BasisschemaXsdVersie><i:BerichtXsdVersie>1.0.0</i:BerichtXsdVersie>"
        + "</w:XsdVersieRetour><w:RetourCodes><w:RetourCode>0200</w:RetourCode></w:RetourCodes></w:Header>"
        + "<w:Client><w:Bsn>999900018</w:Bsn></w:Client></w:Bericht>";
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
      // a retour repeats the header of the 301 it answers: the provider is its Ontvanger
      Files.writeString(folder.resolve("f-retour.xml"), retour302("1721", MAASOEVER));

      List<Outcome> first = hub.importFolder(folder);

      assertThat(first).extracting(o -> o.file().getFileName().toString(), Outcome::status).containsExactly(
          org.assertj.core.groups.Tuple.tuple("a-claim.xml", Status.ANSWERED),
          org.assertj.core.groups.Tuple.tuple("b-old-version.xml", Status.ANSWERED),
          org.assertj.core.groups.Tuple.tuple("c-unregistered.xml", Status.NOT_ANSWERED),
          org.assertj.core.groups.Tuple.tuple("d-not-xml.xml", Status.NOT_ANSWERED),
          org.assertj.core.groups.Tuple.tuple("e-other.xml", Status.NOT_ANSWERED),
          org.assertj.core.groups.Tuple.tuple("f-retour.xml", Status.NOTED));
      // noted, not recorded: this run's receivers wrote no 301 it could answer
      assertThat(Files.readString(folder.resolve("f-retour.noted.json"))).contains("\"recorded\":false")
          .contains("unknown_301");
      byte[] answer = Files.readAllBytes(folder.resolve("a-claim.325.xml"));
      IwmoSchemas.assertValid(IwmoSchemas.wmo325(), answer);
      Message325 parsed = Message325.parse(answer);
      assertThat(parsed.header()).containsExactly("0200");
      assertThat(parsed.lines()).containsExactly(List.of("8001"));
      assertThat(Message325.parse(Files.readAllBytes(folder.resolve("b-old-version.325.xml"))).header())
          .containsExactly("0001");
      assertThat(Files.readString(folder.resolve("c-unregistered.error.txt"))).contains("not one registered with the region");
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
          .containsExactly("c-unregistered.xml", "d-not-xml.xml", "e-other.xml");   // the noted 302 is not read again
      assertThat(Files.readString(folder.resolve("a-claim.325.xml"))).isEqualTo("kept");
      assertThat(claims(api)).isEqualTo(1);
    }
  }
}
