package org.dyad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.dyad.core.store.EventStore;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's Chromium (headless, through chromium-driver), on a server whose store
 * holds the triangle fixture, the flagship article and an article carrying {@code <script>} and
 * HTML (in its title and source, and quoted in its text: escaped in the text's HTML, so that they
 * are still there after the reader removes the markup): every page loads without console errors and
 * draws its charts, a filter changes the events table, a click reaches the event page with the
 * sentence highlighted, and the markup in the article shows as text and never runs. Screenshots go
 * to {@code target/screenshots/}.
 */
class DashboardIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static final String TOKEN = "dashboard-test";
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static EventStore store;
  static DyadApi api;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    if (!new File(DRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver: apt-get install chromium"
              + " chromium-driver (.ci/run installs them)");
    }
    store = Stores.open(dir.toString());
    api = TestServers.start(store, TOKEN, 16L * 1024 * 1024, 500);
    post(
        Files.readString(
            Path.of("../examples/triangle-2024/articles.jsonl"), StandardCharsets.UTF_8));
    post(
        Files.readString(
            Path.of("src/test/resources/hostile-markup.jsonl"), StandardCharsets.UTF_8));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (api != null) {
      api.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void post(String jsonl) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + api.port() + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(jsonl))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  /** Opens a page of the dashboard and waits until it says it has rendered. */
  private static void open(String hash) {
    browser.get("http://127.0.0.1:" + api.port() + "/" + hash);
    waitReady(hash);
  }

  private static void waitReady(String hash) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              String ready = d.findElement(By.tagName("body")).getAttribute("data-ready");
              return ready != null && (ready.equals(hash) || ready.equals("error"));
            });
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-ready"))
        .as(browser.findElement(By.id("view")).getText())
        .isEqualTo(hash);
  }

  private static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void noConsoleErrors() {
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  private static int canvases() {
    return browser.findElements(By.cssSelector(".chart canvas")).size();
  }

  @Test
  void overview_shows_volume_and_the_shift_alerts() throws Exception {
    open("#/");
    assertThat(canvases()).isEqualTo(1);
    assertThat(browser.findElement(By.id("view")).getText()).contains("PRK moves toward RUS");
    screenshot("overview");
    noConsoleErrors();
  }

  @Test
  void dyad_page_filters_its_events_and_a_click_opens_the_highlighted_sentence() throws Exception {
    open("#/dyad/PRK/RUS");
    assertThat(canvases()).isEqualTo(2);
    int all = browser.findElements(By.cssSelector("#events tbody tr")).size();
    assertThat(all).isGreaterThan(10);
    screenshot("dyad-prk-rus");

    WebElement text = browser.findElement(By.id("text-filter"));
    text.sendKeys("Putin");
    text.sendKeys(org.openqa.selenium.Keys.TAB); // "change" fires on leaving the field
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#events tbody tr")).size() < all);
    List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr"));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Putin"));

    // The CSV download holds exactly the rows shown: capture the file the button builds.
    ((JavascriptExecutor) browser)
        .executeScript("URL.createObjectURL = blob => { window.__csv = blob; return 'data:,'; };");
    browser.findElement(By.id("csv")).click();
    String csv =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; window.__csv.text().then(done);");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("id,date,source,target,cameo");
    assertThat(lines).hasSize(rows.size() + 1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("Putin"));

    rows.get(0).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("#/event/"));
    waitReady(browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#')));
    WebElement sentence = browser.findElement(By.id("sentence"));
    assertThat(sentence.getText()).contains("Putin");
    assertThat(sentence.findElements(By.cssSelector("mark.trigger"))).hasSize(1);
    assertThat(sentence.findElements(By.cssSelector("mark.source, mark.target"))).isNotEmpty();
    screenshot("event");
    noConsoleErrors();
  }

  @Test
  void actor_page_shows_its_partners_over_time() throws Exception {
    open("#/actor/PRK");
    assertThat(canvases()).isEqualTo(1);
    assertThat(browser.findElement(By.id("view")).getText()).contains("RUS").contains("CHN");
    screenshot("actor-prk");
    noConsoleErrors();
  }

  @Test
  void markup_in_an_article_is_shown_as_text_and_never_runs() throws Exception {
    open("#/dyad/RUS/PRK");
    WebElement row =
        browser.findElements(By.cssSelector("#events tbody tr")).stream()
            .filter(r -> r.getText().contains("<script>"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event from the article with markup"));
    row.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("#/event/"));
    waitReady(browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#')));
    assertThat(browser.findElement(By.id("sentence")).getText()).contains("<script>");
    assertThat(browser.findElements(By.cssSelector("#view script, #view img"))).isEmpty();
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned;");
    assertThat(pwned).isNull();
    screenshot("markup-as-text");
    noConsoleErrors();
  }
}
