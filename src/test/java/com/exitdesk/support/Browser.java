package com.exitdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its chromedriver (no browser download), with the flags
 * this sandboxed, offline machine needs. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final WebDriver driver;
  private final String baseUrl;
  private final Path profile;

  public Browser(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory("exitdesk-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-US",
        "--window-size=1366,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
  }

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
  }

  /** Waits until the function returns something other than null (or false), and returns it. */
  public <T> T waitForValue(java.util.function.Function<WebDriver, T> value) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(value::apply);
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  public void signIn(String user) {
    open("/");
    WebElement name = waitFor(By.id("username"));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("sign-out"));
  }

  public void signOut() {
    waitFor(By.id("sign-out")).click();
    waitFor(By.id("username"));
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return target;
  }

  /** Errors the page logged to the console (failed requests the test expects are excluded). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A field of the task form on the page, by its form component id. */
  public WebElement formField(String componentId) {
    return waitFor(By.cssSelector("#task-form [id$='-" + componentId + "']"));
  }

  /**
   * Types into a task form field until it holds the text. Leaving the field (TAB) flushes form-js's
   * debounced change into its state at once; a re-render while typing can replace the input or drop
   * keys, so this types again until the field holds the text.
   */
  public void typeIntoFormField(String componentId, String text) {
    waitUntil(
        d -> {
          try {
            WebElement input = formField(componentId);
            if (!text.equals(input.getDomProperty("value"))) {
              // Select and delete rather than clear(): clear() leaves a pre-filled value in
              // form-js's state, and the typed text would be appended to it.
              input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
              input.sendKeys(text);
            }
            input.sendKeys(Keys.TAB);
            return text.equals(formField(componentId).getDomProperty("value"));
          } catch (StaleElementReferenceException e) {
            return false;
          }
        });
  }

  /** Clicks a choice of the task form and waits until form-js's re-render shows it chosen. */
  public void clickFormField(String componentId) {
    script("arguments[0].click()", formField(componentId));
    waitUntil(d -> formField(componentId).isSelected());
  }
}
