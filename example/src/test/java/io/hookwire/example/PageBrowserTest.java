package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium: a post delivered after the page loaded appears without a
 * reload, markup in a message shows as text, and a photo shows as an image. Uses Debian's
 * {@code chromium} and {@code chromedriver}, which CI installs; skipped only where they are not
 * installed. The tests share one page, and run in order: the second counts on the posts of the first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String MALICIOUS = "<script>window.hacked = true</script><img src=x onerror=\"window.hacked = true\"> Breaking";

  private static TestServer server;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    server = TestServer.start();
    profile = Files.createTempDirectory("hookwire-chromium");
    browser = chromium(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  @Order(1)
  void aDeliveredPostAppearsWithoutAReloadAndItsMarkupShowsAsText() throws Exception {
    assertEquals(200, telegram("message", 1, "Before </script><script>window.hacked = true</script>").statusCode());
    browser.get(server.url("/"));
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.textToBe(By.id("status-text"), "Live"));
    JavascriptExecutor page = (JavascriptExecutor) browser;
    page.executeScript("window.loadedOnce = 'yes';");

    assertEquals("Before </script><script>window.hacked = true</script>",
        browser.findElement(By.cssSelector("#posts li.post.telegram .body")).getText(), "a post that came with the page");

    assertEquals(200, telegram("message", 2, MALICIOUS).statusCode());
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#posts li.post.telegram"), 2));
    WebElement card = browser.findElements(By.cssSelector("#posts li.post.telegram")).get(0);

    assertEquals(MALICIOUS, card.findElement(By.cssSelector(".body")).getText());
    assertEquals(List.of(), browser.findElements(By.cssSelector("#posts .body script, #posts .body img")));
    assertEquals(null, page.executeScript("return window.hacked;"));
    assertEquals("yes", page.executeScript("return window.loadedOnce;"), "the page was not reloaded");

    assertEquals(200, telegram("edited_message", 2, "Breaking: edited").statusCode());
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#posts li.post.telegram .body"), "Breaking: edited"));
    assertTrue(browser.findElement(By.cssSelector("#posts li.post.telegram .meta")).getText().contains("edited"));
    assertEquals("yes", page.executeScript("return window.loadedOnce;"));
  }

  @Test
  @Order(2)
  void aPhotoShowsAsAnImageServedByTheBlog() throws Exception {
    server.botApi.file("browser-photo", TestImages.png(40, 30, Color.RED));
    browser.get(server.url("/"));
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.textToBe(By.id("status-text"), "Live"));

    String update = "{\"update_id\":" + System.nanoTime() % 1_000_000_000L + ",\"message\":{\"message_id\":3,"
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Mallory\"},"
        + "\"chat\":{\"id\":-100555,\"title\":\"Newsroom\",\"type\":\"supergroup\"},\"date\":1700000000,"
        + "\"photo\":[{\"file_id\":\"browser-photo\",\"file_unique_id\":\"b\",\"width\":40,\"height\":30}],"
        + "\"caption\":\"The red card\"}}";
    assertEquals(200, server.post("/telegram/events/" + TestServer.BOT_TOKEN, update,
        "X-Telegram-Bot-Api-Secret-Token", TestServer.TELEGRAM_SECRET).statusCode());
    By image = By.cssSelector("#posts li.post.telegram .image img");
    wait.until(ExpectedConditions.presenceOfElementLocated(image));
    WebElement img = browser.findElement(image);
    wait.until(driver -> ((Long) ((JavascriptExecutor) driver).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)) > 0);

    assertEquals(40L, ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", img),
        "the browser decoded the PNG: served, and allowed by the page's policy");
    assertTrue(img.getAttribute("src").startsWith(server.url("/media/")), img.getAttribute("src"));
    assertEquals("The red card", img.getAttribute("alt"));
    WebElement card = browser.findElements(By.cssSelector("#posts li.post.telegram")).get(0);
    assertEquals("The red card", card.findElement(By.cssSelector(".body")).getText());
  }

  private static HttpResponse<String> telegram(String kind, int messageId, String text) throws Exception {
    String update = "{\"update_id\":" + System.nanoTime() % 1_000_000_000L + ",\"" + kind + "\":{\"message_id\":" + messageId + ","
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Mallory\"},"
        + "\"chat\":{\"id\":-100555,\"title\":\"Newsroom\",\"type\":\"supergroup\"},\"date\":1700000000,"
        + "\"text\":\"" + text.replace("\"", "\\\"") + "\"}}";
    return server.post("/telegram/events/" + TestServer.BOT_TOKEN, update,
        "X-Telegram-Bot-Api-Secret-Token", TestServer.TELEGRAM_SECRET);
  }

  /** Debian's Chromium through Debian's ChromeDriver, named explicitly so that Selenium Manager downloads nothing. */
  private static WebDriver chromium(Path userDataDir) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + userDataDir);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
