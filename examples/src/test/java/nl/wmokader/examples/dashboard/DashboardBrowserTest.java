package nl.wmokader.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.examples.service.DevelopmentTokens;
import nl.wmokader.examples.service.ExampleService;
import nl.wmokader.examples.service.IdentityConfig;
import nl.wmokader.examples.service.ServiceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven through its chromedriver (both
 * by path, nothing downloaded), against the example service over a fresh H2 database with the demo
 * region. The page draws its charts, a filter changes their data, a claim submitted over the API
 * reaches an open page through the change stream without a reload, an analyst's page holds no BSN,
 * and axe-core (from npm, {@code examples/src/test/npm}) finds no WCAG 2.1 A/AA violation in Dutch
 * or in English. Screenshots of the region's and a member's view go to {@code target/}.
 *
 * <p>Without Chromium, its driver or npm the test is skipped locally, and fails with {@code CI=true}.
 */
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String MEMBER = "1721";

  private static Path directory;
  private static ExampleService service;
  private static WebDriver browser;
  private static String axe;

  @BeforeAll
  static void a_service_with_the_demo_region_and_a_headless_chromium() throws Exception {
    require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    axe = axeCore();
    directory = Files.createTempDirectory("wmo-dashboard-test");
    ServiceConfig config = ServiceConfig.defaults()
        .withDatabase(ServiceConfig.DEFAULT_DB_URL.replace("./data", directory.toString()))
        .withIdentity(new IdentityConfig.Development(directory.resolve("key.json")))
        .withHttpPort(0);
    // the system's clock: the demo's months end last month, as the page's default period does
    service = ExampleService.start(config);

    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(directory, "chromium"));
    // the console, to see that the page's policy refused nothing it needs
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    browser = new ChromeDriver(driver, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void the_page_draws_its_charts_and_a_filter_changes_their_data() {
    signIn(Actor.analyst());
    assertThat(browser.findElements(By.cssSelector("[data-chart] canvas"))).as("charts drawn").hasSizeGreaterThanOrEqualTo(6);
    assertThat(text("table-cost")).contains("Regio");
    assertThat(browser.findElements(By.cssSelector("[data-chart=budget] .unavailable"))).as("the budget is served").isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-chart=budget] canvas"))).as("budget drawn").isNotEmpty();
    assertThat(browser.manage().logs().get("browser").getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
        .map(entry -> entry.getMessage()))
        .as("no error in the console (a script or style the Content-Security-Policy refused, a failed request)")
        .isEmpty();
    Object before = chartData("chart-use");
    String providers = text("table-flows");

    int loads = loads();
    new Select(browser.findElement(By.id("category"))).selectByIndex(1);
    awaitLoads(loads + 1);
    assertThat(chartData("chart-use")).as("one category's use is not the region's").isNotEqualTo(before);

    loads = loads();
    new Select(browser.findElement(By.id("member"))).selectByValue(MEMBER);
    awaitLoads(loads + 1);
    assertThat(text("table-cost")).as("the member's figures beside the region's").contains("Lid " + MEMBER);
    assertThat(text("table-flows")).as("the member's flows").isNotEqualTo(providers);
  }

  @Test
  void a_claim_submitted_over_the_api_reaches_an_open_page_without_a_reload() throws Exception {
    signIn(Actor.municipality(MunicipalityCode.of(MEMBER)));
    assertThat(new Select(browser.findElement(By.id("member"))).getFirstSelectedOption().getAttribute("value"))
        .as("a member sees its own figures next to the region's").isEqualTo(MEMBER);
    awaitStatus("versie");
    screenshot("dashboard-member");
    ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
    String table = text("table-cost");
    int loads = loads();

    Claimed claimed = submitClaim();
    assertThat(claimed.answer().path("approvedLineCount").asInt()).as("the claim has an approved line: "
        + claimed.answer()).isPositive();
    // cost counts by settlement month: the month the claim was answered, this one
    YearMonth settled = YearMonth.now(ExampleService.ZONE);
    assertThat(table).as("this month is on the page").contains(settled.toString());

    awaitLoads(loads + 1);
    new WebDriverWait(browser, WAIT).until(b -> !text("table-cost").equals(table));
    assertThat(costRow(settled)).as("this month's cost changed").isNotEqualTo(row(table, settled));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
        .as("the same page, not a reload").isEqualTo(true);
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-version")).isNotBlank();
  }

  @Test
  void an_analysts_page_holds_no_bsn() {
    signIn(Actor.analyst());
    new Select(browser.findElement(By.id("member"))).selectByValue(MEMBER);
    awaitLoads(2);
    ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    String page = (String) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.outerHTML + '\\n' + document.body.innerText;");
    List<String> bsns = new ArrayList<>();
    Matcher nine = NINE_DIGITS.matcher(page);
    while (nine.find()) {
      if (passesElevenTest(nine.group())) {
        bsns.add(nine.group());
      }
    }
    assertThat(page).contains("table-members");
    assertThat(bsns).as("nine-digit numbers passing the eleven-test").isEmpty();
  }

  @Test
  void axe_finds_no_wcag_2_1_a_or_aa_violation_in_dutch_and_in_english() {
    signIn(Actor.region());
    screenshot("dashboard-region");
    ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    assertThat(violations()).as("Dutch").isEmpty();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

    browser.findElement(By.id("language")).click();
    new WebDriverWait(browser, WAIT).until(b -> "en".equals(b.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regional Wmo dashboard");
    ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    assertThat(violations()).as("English").isEmpty();
    browser.findElement(By.id("language")).click();
  }

  // --- the page ---

  /** Opens the page afresh in Dutch and signs in with a token for {@code actor}; returns once the figures are drawn. */
  private static void signIn(Actor actor) {
    browser.get(service.url() + Dashboard.PATH);
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear();");
    browser.get(service.url() + Dashboard.PATH);
    new WebDriverWait(browser, WAIT).until(b -> "nl".equals(b.findElement(By.tagName("html")).getAttribute("lang")));
    WebElement token = browser.findElement(By.id("token"));
    token.sendKeys(token(actor));
    browser.findElement(By.cssSelector("#signin button[type=submit]")).click();
    awaitLoads(1);
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).as(status()).doesNotContain("error");
    new WebDriverWait(browser, WAIT).until(b -> !b.findElements(By.cssSelector("#chart-cost canvas")).isEmpty());
  }

  private static String token(Actor actor) {
    return DevelopmentTokens.inFile(directory.resolve("key.json")).issue(actor, "tester", Duration.ofMinutes(30),
        Clock.systemUTC());
  }

  private static int loads() {
    String loads = browser.findElement(By.tagName("body")).getAttribute("data-loads");
    return loads == null ? 0 : Integer.parseInt(loads);
  }

  private static void awaitLoads(int atLeast) {
    new WebDriverWait(browser, WAIT).until(b -> loads() >= atLeast);
  }

  private static void awaitStatus(String part) {
    new WebDriverWait(browser, WAIT).until(b -> status().contains(part));
  }

  private static String status() {
    return browser.findElement(By.id("status")).getText();
  }

  /** A table's text, whether its disclosure is open or not. */
  private static String text(String id) {
    return browser.findElement(By.id(id)).getAttribute("textContent");
  }

  private static Object chartData(String id) {
    return ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom(document.getElementById("
        + "arguments[0])).getOption().series.map(s => s.data);", id);
  }

  /** The cost table's row of {@code month}: the region's (and the member's) net cost. */
  private static String costRow(YearMonth month) {
    return (String) ((JavascriptExecutor) browser).executeScript("const row = Array.from(document.querySelectorAll("
        + "'#table-cost tbody tr')).find(r => r.cells[0].textContent === arguments[0]); return row ? row.textContent : '';",
        month.toString());
  }

  /** The row of {@code month} in a table's text as read before. */
  private static String row(String table, YearMonth month) {
    int at = table.indexOf(month.toString());
    int next = table.indexOf(month.plusMonths(1).toString(), at);
    return next < 0 ? table.substring(at) : table.substring(at, next);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> violations() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(WAIT);
    String found = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        + " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))), e => done('[\"' + e + '\"]'));");
    try {
      return JSON.readValue(found, List.class);
    } catch (IOException e) {
      throw new IllegalStateException(found, e);
    }
  }

  /** The whole page (the window made as tall as the page for it) as {@code target/<name>.png}. */
  private static void screenshot(String name) {
    Dimension window = browser.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      browser.manage().window().setSize(window);
    }
  }

  // --- the API, as a provider would use it ---

  /** A claim the API answered, and the month it is for. */
  private record Claimed(YearMonth month, JsonNode answer) {}

  /**
   * A provider's claim for last month that credits one line of its demo claim for that month (the
   * demo claims every month up to its volume, so a credit is what a provider can still send for it):
   * the month's approved net cost falls by the line's amount.
   */
  private static Claimed submitClaim() {
    YearMonth month = YearMonth.now(ExampleService.ZONE).minusMonths(1);
    JsonNode summary = null;
    for (JsonNode c : api("GET", "/claims?pageSize=100&month=" + month, Actor.region(), null).path("items")) {
      if (summary == null && c.path("approvedLineCount").asInt() > 0) {
        summary = c;
      }
    }
    assertThat(summary).as("the demo holds an approved claim for " + month).isNotNull();
    JsonNode debit = null;
    for (JsonNode line : api("GET", "/claims/" + summary.path("id").asText(), Actor.region(), null).path("lines")) {
      if (debit == null && line.path("approved").asBoolean() && line.path("direction").asText().equals("DEBIT")) {
        debit = line;
      }
    }
    assertThat(debit).as("an approved debit line").isNotNull();
    String client = api("GET", "/assignments/" + debit.path("assignment").asText(), Actor.region(), null)
        .path("client").asText();
    String line = "{\"reference\":\"DASHC0000001\",\"previousReference\":\"" + debit.path("reference").asText()
        + "\",\"assignment\":\"" + debit.path("assignment").asText() + "\",\"client\":\"" + client
        + "\",\"category\":\"" + debit.path("category").asText() + "\",\"product\":\"" + debit.path("product").asText()
        + "\",\"periodStart\":\"" + debit.path("periodStart").asText() + "\",\"periodEnd\":\""
        + debit.path("periodEnd").asText() + "\",\"volume\":" + debit.path("volume").asLong() + ",\"unit\":\""
        + debit.path("unit").asText() + "\",\"tariffCents\":" + debit.path("tariffCents").asLong()
        + ",\"amountCents\":" + debit.path("amountCents").asLong() + ",\"direction\":\"CREDIT\"}";
    Actor provider = Actor.provider(new AgbCode(summary.path("provider").asText()));
    return new Claimed(month, api("POST", "/claims", provider, "{\"municipality\":\""
        + summary.path("municipality").asText() + "\",\"month\":\"" + month + "\",\"number\":\"DASH0001\","
        + "\"lines\":[" + line + "]}"));
  }

  private static JsonNode api(String method, String path, Actor actor, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + "/api/v1" + path))
        .timeout(WAIT).header("Authorization", "Bearer " + token(actor))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- the environment ---

  /** axe-core's script: installed with npm ci from the test's lockfile into target/npm once. */
  private static String axeCore() throws Exception {
    Path npm = Path.of("target", "npm");
    Path script = npm.resolve("node_modules/axe-core/axe.min.js");
    if (!Files.exists(script)) {
      Files.createDirectories(npm);
      for (String file : List.of("package.json", "package-lock.json")) {
        Files.copy(Path.of("src", "test", "npm", file), npm.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Process install;
      try {
        install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts").directory(npm.toFile())
            .redirectErrorStream(true).redirectOutput(npm.resolve("npm-ci.log").toFile()).start();
      } catch (IOException noNpm) {
        require(false, "npm is not installed, so axe-core cannot be: " + noNpm.getMessage());
        return null;
      }
      require(install.waitFor(3, TimeUnit.MINUTES) && install.exitValue() == 0 && Files.exists(script),
          "npm ci of axe-core failed (see " + npm.resolve("npm-ci.log").toAbsolutePath() + ")");
    }
    return Files.readString(script);
  }

  /** Skips with {@code reason} when not met; with {@code CI=true} a failure instead, so CI never skips silently. */
  private static void require(boolean met, String reason) {
    if (met) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("the dashboard's browser test cannot run: " + reason);
    }
    Assumptions.abort("the dashboard's browser test is skipped: " + reason);
  }

  private static boolean passesElevenTest(String digits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    return (sum - (digits.charAt(8) - '0')) % 11 == 0;
  }
}
