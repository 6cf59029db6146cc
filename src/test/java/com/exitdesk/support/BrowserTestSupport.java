package com.exitdesk.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test that people drive through the web UI: the app on a free port and a Chromium of its
 * own for each test, or the test skipped with the reason when Debian's chromium and chromium-driver
 * are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport extends ProcessTestSupport {

  @LocalServerPort protected int port;
  protected Browser browser;

  @BeforeEach
  void chromium() throws Exception {
    assumeTrue(
        Browser.available(),
        "Chromium and chromedriver are needed: apt-get install chromium chromium-driver");
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Signs the user in with the UI set to the language given ({@code en} or {@code es}). */
  protected void signIn(String user, String lang) {
    browser.open("/");
    browser.script("localStorage.setItem('exitdesk.language', arguments[0])", lang);
    browser.signIn(user);
  }
}
