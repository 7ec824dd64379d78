package nl.wmokader.examples.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.settlement.domain.DebitCredit;

/**
 * (i) The same claims uploaded as an iWmo 323 ({@code POST /api/v1/iwmo/323}, XML in, the 325 out)
 * and as JSON ({@code POST /api/v1/claims}), each month to its own of two identical in-memory
 * worlds (one provider in Oss holding {@code claimLines} assignments), in the same run: the ratio
 * is XML over JSON, lines/s. The 323 is written as hubs deliver it, indented, one element a line.
 * Also the heap the 323 takes: the heap pools' peak usage during the upload (reset before it) over
 * what was in use after a full collection before it (both worlds and their claims held).
 */
final class IwmoUploadBench {
  private static final int UPLOAD_TIMEOUT_MILLIS = 15 * 60_000;

  private final BenchOptions options;
  private final PrintStream log;

  IwmoUploadBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  private record Month(int lines, long xmlNanos, long jsonNanos, long peakHeapBytes, int xmlBytes) {}

  List<Result> run() throws Exception {
    int lines = options.claimLines();
    RegionYear plan = RegionYear.plan(RegionYear.Spec.oneProvider(lines));
    log.printf("iwmo-upload: two in-memory worlds, one provider with %,d assignments each%n", lines);
    InMemoryWorld json = InMemoryWorld.issue(plan);
    InMemoryWorld xml = InMemoryWorld.issue(plan);
    Map<String, String> numbers = numbers(xml, RestUploadBench.claim(xml.world, 1, lines));
    int warmUp = options.smoke() ? 1 : 3;
    int last = warmUp + (options.smoke() ? 1 : 4);
    List<Month> measured = new ArrayList<>();
    try (ApiServer jsonServer = ApiServer.start(json.wmo); ApiServer xmlServer = ApiServer.start(xml.wmo);
         RawHttp toJson = new RawHttp(jsonServer.port(), UPLOAD_TIMEOUT_MILLIS);
         RawHttp toXml = new RawHttp(xmlServer.port(), UPLOAD_TIMEOUT_MILLIS)) {
      for (int m = 1; m <= last; m++) {
        RawClaim claim = RestUploadBench.claim(json.world, m, lines);
        String agent = "provider:" + claim.provider().value();
        byte[] jsonRequest = RawHttp.request("POST", "/api/v1/claims", Map.of("Content-Type", "application/json",
            "Wmo-Actor", agent), ClaimJson.body(claim));
        byte[] message = message323(claim, numbers, m);
        byte[] xmlRequest = RawHttp.request("POST", "/api/v1/iwmo/323", Map.of("Content-Type", "application/xml",
            "Wmo-Actor", agent), message);
        json.clock.set(RegionYear.submittedOn(m));
        xml.clock.set(RegionYear.submittedOn(m));

        ByteArrayOutputStream jsonAnswer = new ByteArrayOutputStream(16 << 20);
        RegionYearBench.settle();
        long begin = System.nanoTime();
        int jsonStatus = toJson.exchange(jsonRequest, jsonAnswer);
        long jsonNanos = System.nanoTime() - begin;
        if (jsonStatus != 201) {
          throw new IllegalStateException("month " + m + ": the JSON upload answered " + jsonStatus);
        }

        ByteArrayOutputStream xmlAnswer = new ByteArrayOutputStream(16 << 20);
        RegionYearBench.settle();
        long before = usedHeap();
        resetPeaks();
        begin = System.nanoTime();
        int xmlStatus = toXml.exchange(xmlRequest, xmlAnswer);
        long xmlNanos = System.nanoTime() - begin;
        long peak = peakHeap() - before;
        String answer = xmlAnswer.toString(StandardCharsets.UTF_8);
        int answered = count(answer, "<wmo325:Prestatie>");
        if (xmlStatus != 200 || !answer.contains("<wmo325:RetourCodes><wmo325:RetourCode>0200</wmo325:RetourCode>"
            + "</wmo325:RetourCodes></wmo325:Header>") || answered != lines) {
          throw new IllegalStateException("month " + m + ": the 323 answered " + xmlStatus + " with " + answered
              + " lines: " + answer.substring(0, Math.min(answer.length(), 1500)));
        }
        Month month = new Month(lines, xmlNanos, jsonNanos, peak, message.length);
        log.printf("  month %d%s: 323 %,.0f lines/s (%.0f ms, %.1f MB in, %.1f MB out, heap peak %.0f MB over the settled heap), "
                + "JSON %,.0f lines/s (%.0f ms)%n", m, m <= warmUp ? " (warm-up)" : "",
            Stats.perSecond(lines, xmlNanos), xmlNanos / 1e6, message.length / 1e6, xmlAnswer.size() / 1e6,
            peak / 1e6, Stats.perSecond(lines, jsonNanos), jsonNanos / 1e6);
        if (m > warmUp) {
          measured.add(month);
        }
      }
    }
    double xmlRate = Stats.median(measured.stream().mapToDouble(x -> Stats.perSecond(x.lines(), x.xmlNanos())).toArray());
    double jsonRate = Stats.median(measured.stream().mapToDouble(x -> Stats.perSecond(x.lines(), x.jsonNanos())).toArray());
    double ratio = Stats.median(measured.stream().mapToDouble(x -> (double) x.jsonNanos() / x.xmlNanos()).toArray());
    double peakMb = measured.stream().mapToLong(Month::peakHeapBytes).max().orElse(0) / 1e6;
    double maxHeapMb = Runtime.getRuntime().maxMemory() / 1e6;
    double messageMb = measured.stream().mapToInt(Month::xmlBytes).max().orElse(0) / 1e6;
    String note = "median of " + measured.size() + " months after " + warmUp + " warm-up; one connection each";
    return List.of(
        Result.withRatio(String.format("j. iWmo 323 upload in memory, %,d-line claims", lines), xmlRate, jsonRate,
            "lines/s", ratio, "", "floor: the same claims as JSON (POST /claims) to an identical world; " + note),
        Result.of(String.format("j. heap a %.1f MB 323 takes", messageMb), peakMb, maxHeapMb, "MB",
            "< 512 MB", "floor column: the JVM's maximum heap; the heap pools' peak during the upload over the "
                + "heap live before it (both worlds held), the most of the measured months"));
  }

  /**
   * Each assignment's iWmo number in {@code world}, by its id, read as the region (outside any
   * timing); the lines the plan puts on an unknown assignment get a number no assignment has.
   */
  private static Map<String, String> numbers(InMemoryWorld world, RawClaim claim) {
    Map<String, String> numbers = new HashMap<>();
    for (ClaimLineInput line : claim.lines()) {
      if (!numbers.containsKey(line.assignment())) {
        var found = world.wmo.indication().getAssignment()
            .getAssignment(Actor.region(), new AssignmentId(UUID.fromString(line.assignment())));
        if (found.isRight()) {   // the plan's unknown assignments have none
          numbers.put(line.assignment(), found.get().number().get().toString());
        }
      }
    }
    return numbers;
  }

  /** The claim as a 323, its lines grouped by client, indented as a hub delivers it. */
  static byte[] message323(RawClaim claim, Map<String, String> numbers, int month) {
    Map<String, List<ClaimLineInput>> byClient = new LinkedHashMap<>();
    long total = 0;
    for (ClaimLineInput line : claim.lines()) {
      byClient.computeIfAbsent(line.client(), c -> new ArrayList<>()).add(line);
      total += line.direction() == DebitCredit.CREDIT ? -line.amountCents() : line.amountCents();
    }
    String day = RegionYear.submittedOn(month).toString();
    StringBuilder x = new StringBuilder(claim.lines().size() * 1200);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/")
        .append("iwmo/3_2/wmo323/schema\" xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\">\n")
        .append("\t<wmo323:Header>\n\t\t<wmo323:BerichtCode>484</wmo323:BerichtCode>\n")
        .append("\t\t<wmo323:BerichtVersie>3</wmo323:BerichtVersie>\n\t\t<wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>\n")
        .append("\t\t<wmo323:Afzender>").append(claim.provider().value()).append("</wmo323:Afzender>\n")
        .append("\t\t<wmo323:Ontvanger>").append(claim.municipality().value()).append("</wmo323:Ontvanger>\n")
        .append("\t\t<wmo323:BerichtIdentificatie>\n\t\t\t<iwmo:Identificatie>B").append(month)
        .append("</iwmo:Identificatie>\n\t\t\t<iwmo:Dagtekening>").append(day).append("</iwmo:Dagtekening>\n")
        .append("\t\t</wmo323:BerichtIdentificatie>\n\t\t<wmo323:XsdVersie>\n")
        .append("\t\t\t<iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>\n")
        .append("\t\t\t<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>\n\t\t</wmo323:XsdVersie>\n")
        .append("\t</wmo323:Header>\n\t<wmo323:Declaratie>\n\t\t<wmo323:DeclaratieNummer>X").append(month)
        .append("</wmo323:DeclaratieNummer>\n\t\t<wmo323:DeclaratiePeriode>\n\t\t\t<iwmo:Begindatum>")
        .append(claim.month().atDay(1)).append("</iwmo:Begindatum>\n\t\t\t<iwmo:Einddatum>")
        .append(claim.month().atEndOfMonth()).append("</iwmo:Einddatum>\n\t\t</wmo323:DeclaratiePeriode>\n")
        .append("\t\t<wmo323:DeclaratieDagtekening>").append(day).append("</wmo323:DeclaratieDagtekening>\n")
        .append("\t\t<wmo323:TotaalIngediendBedrag>\n\t\t\t<iwmo:TotaalBedrag>").append(Math.abs(total))
        .append("</iwmo:TotaalBedrag>\n\t\t\t<iwmo:DebetCredit>").append(total < 0 ? "C" : "D")
        .append("</iwmo:DebetCredit>\n\t\t</wmo323:TotaalIngediendBedrag>\n\t\t<wmo323:Clienten>\n");
    byClient.forEach((bsn, lines) -> {
      x.append("\t\t\t<wmo323:Client>\n\t\t\t\t<wmo323:Bsn>").append(bsn).append("</wmo323:Bsn>\n\t\t\t\t<wmo323:Prestaties>\n");
      for (ClaimLineInput l : lines) {
        x.append("\t\t\t\t\t<wmo323:Prestatie>\n\t\t\t\t\t\t<wmo323:ProductReferentie>\n\t\t\t\t\t\t\t<iwmo:ReferentieNummer>")
            .append(l.reference()).append("</iwmo:ReferentieNummer>\n");
        if (l.previousReference() != null) {
          x.append("\t\t\t\t\t\t\t<iwmo:VorigReferentieNummer>").append(l.previousReference())
              .append("</iwmo:VorigReferentieNummer>\n");
        }
        x.append("\t\t\t\t\t\t</wmo323:ProductReferentie>\n\t\t\t\t\t\t<wmo323:ToewijzingNummer>")
            .append(numbers.getOrDefault(l.assignment(), "999999999")).append("</wmo323:ToewijzingNummer>\n")
            .append("\t\t\t\t\t\t<wmo323:ProductCategorie>").append(l.category()).append("</wmo323:ProductCategorie>\n")
            .append("\t\t\t\t\t\t<wmo323:ProductCode>").append(l.product()).append("</wmo323:ProductCode>\n")
            .append("\t\t\t\t\t\t<wmo323:ProductPeriode>\n\t\t\t\t\t\t\t<iwmo:Begindatum>").append(l.periodStart())
            .append("</iwmo:Begindatum>\n\t\t\t\t\t\t\t<iwmo:Einddatum>").append(l.periodEnd())
            .append("</iwmo:Einddatum>\n\t\t\t\t\t\t</wmo323:ProductPeriode>\n")
            .append("\t\t\t\t\t\t<wmo323:GeleverdVolume>").append(l.volume()).append("</wmo323:GeleverdVolume>\n")
            .append("\t\t\t\t\t\t<wmo323:Eenheid>").append(l.unit()).append("</wmo323:Eenheid>\n")
            .append("\t\t\t\t\t\t<wmo323:ProductTarief>").append(l.tariffCents()).append("</wmo323:ProductTarief>\n")
            .append("\t\t\t\t\t\t<wmo323:IngediendBedrag>\n\t\t\t\t\t\t\t<iwmo:Bedrag>").append(l.amountCents())
            .append("</iwmo:Bedrag>\n\t\t\t\t\t\t\t<iwmo:DebetCredit>")
            .append(l.direction() == DebitCredit.CREDIT ? "C" : "D")
            .append("</iwmo:DebetCredit>\n\t\t\t\t\t\t</wmo323:IngediendBedrag>\n\t\t\t\t\t</wmo323:Prestatie>\n");
      }
      x.append("\t\t\t\t</wmo323:Prestaties>\n\t\t\t</wmo323:Client>\n");
    });
    x.append("\t\t</wmo323:Clienten>\n\t</wmo323:Declaratie>\n</wmo323:Bericht>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
