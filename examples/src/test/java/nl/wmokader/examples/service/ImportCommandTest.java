package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import <folder>}: the hub's folder into the service's database, each answer beside its message. */
class ImportCommandTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final Clock CLOCK = Clock.fixed(DAY.atTime(LocalTime.NOON).atZone(ExampleService.ZONE).toInstant(),
      ExampleService.ZONE);

  @TempDir
  Path data;
  @TempDir
  Path hub;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    return ImportCommand.run(args, environment, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A 323 of demo provider 98000001 to Bernheze whose one line names an assignment number nobody has. */
  private static String claim(String sender, String identification) {
    String basis = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <wmo323:Bericht xmlns:wmo323="http://www.istandaarden.nl/iwmo/3_2/wmo323/schema" xmlns:iwmo="%s">
          <wmo323:Header>
            <wmo323:BerichtCode>484</wmo323:BerichtCode><wmo323:BerichtVersie>3</wmo323:BerichtVersie>
            <wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>
            <wmo323:Afzender>%s</wmo323:Afzender><wmo323:Ontvanger>1721</wmo323:Ontvanger>
            <wmo323:BerichtIdentificatie><iwmo:Identificatie>%s</iwmo:Identificatie>
              <iwmo:Dagtekening>2026-11-01</iwmo:Dagtekening></wmo323:BerichtIdentificatie>
            <wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
              <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie>
          </wmo323:Header>
          <wmo323:Declaratie>
            <wmo323:DeclaratieNummer>IMP1</wmo323:DeclaratieNummer>
            <wmo323:DeclaratiePeriode><iwmo:Begindatum>2026-10-01</iwmo:Begindatum>
              <iwmo:Einddatum>2026-10-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>
            <wmo323:DeclaratieDagtekening>2026-11-01</wmo323:DeclaratieDagtekening>
            <wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>6540</iwmo:TotaalBedrag>
              <iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>
            <wmo323:Clienten><wmo323:Client><wmo323:Bsn>999900018</wmo323:Bsn><wmo323:Prestaties><wmo323:Prestatie>
              <wmo323:ProductReferentie><iwmo:ReferentieNummer>IMP-R1</iwmo:ReferentieNummer></wmo323:ProductReferentie>
              <wmo323:ToewijzingNummer>987654321</wmo323:ToewijzingNummer>
              <wmo323:ProductCategorie>02</wmo323:ProductCategorie><wmo323:ProductCode>02A01</wmo323:ProductCode>
              <wmo323:ProductPeriode><iwmo:Begindatum>2026-10-01</iwmo:Begindatum>
                <iwmo:Einddatum>2026-10-31</iwmo:Einddatum></wmo323:ProductPeriode>
              <wmo323:GeleverdVolume>1</wmo323:GeleverdVolume><wmo323:Eenheid>04</wmo323:Eenheid>
              <wmo323:ProductTarief>6540</wmo323:ProductTarief>
              <wmo323:IngediendBedrag><iwmo:Bedrag>6540</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag>
            </wmo323:Prestatie></wmo323:Prestaties></wmo323:Client></wmo323:Clienten>
          </wmo323:Declaratie>
        </wmo323:Bericht>
        """.formatted(basis, sender, identification);
  }

  @Test
  void a_folder_from_the_hub_is_answered_into_the_services_database_and_the_unanswerable_say_why() throws Exception {
    String db = ServiceConfig.DEFAULT_DB_URL.replace("./data", data.toString());
    ExampleService.start(ServiceConfig.defaults().withDatabase(db).withHttpPort(0)
        .withIdentity(new IdentityConfig.Development(data.resolve("key.json"))), CLOCK).stop();   // seeds the demo
    Files.writeString(hub.resolve("1-claim.xml"), claim("98000001", "IMP-M1"));
    Files.writeString(hub.resolve("2-stranger.xml"), claim("98000099", "IMP-M2"));
    Map<String, String> environment = Map.of("WMO_DB_URL", db);

    assertThat(run(environment, hub.toString())).as(err.toString()).isEqualTo(1);

    String answer = Files.readString(hub.resolve("1-claim.325.xml"));
    assertThat(answer).contains("<wmo325:BerichtCode>485</wmo325:BerichtCode>").contains("9338");
    assertThat(Files.readString(hub.resolve("2-stranger.error.txt"))).contains("not one registered with the region");
    assertThat(out.toString()).contains("1-claim.xml\t323\tanswered\t1-claim.325.xml")
        .contains("2-stranger.xml\t323\tnot_answered").doesNotContain("999900018");

    // the claim is in the database: sent again in a new run, its number and content are the same claim
    Files.delete(hub.resolve("1-claim.325.xml"));
    out.reset();
    run(environment, hub.toString());
    assertThat(Files.readString(hub.resolve("1-claim.325.xml"))).contains("9338");
  }

  @Test
  void without_a_folder_it_says_how_to_use_it() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(run(Map.of(), hub.resolve("absent").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("usage: import <folder");
  }
}
