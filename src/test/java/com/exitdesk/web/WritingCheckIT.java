package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.support.BrowserTestSupport;
import com.exitdesk.writing.WritingCheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The writing check in a task form, in headless Chromium: an angry justification typed for a
 * Spanish-speaking client shows its findings as it is typed, a spelling fix is one click, the
 * re-read confirmation lands on the case's timeline, and nothing stops the submission.
 */
class WritingCheckIT extends BrowserTestSupport {

  private static final String JUSTIFICATION = "field_review_contract_justification";

  @Autowired AuditTrail audit;
  @Autowired WritingCheck writingCheck;

  @Test
  void anAngryJustificationInSpanishIsFlaggedFixedAndConfirmedOnTheCase() throws Exception {
    Client client = client("Grupo Ferro", "ferro@example.com", "es", 12, "3000.00", "1500.00");
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    // What the app's warm-up does after start-up (the tests switch it off): load LanguageTool.
    writingCheck.warmUp();

    browser.open("/");
    browser.script("localStorage.setItem('exitdesk.language', 'es')");
    browser.signIn("olivia");
    browser.open("/#/tasks/" + review.getId());
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));

    type(
        JUSTIFICATION,
        "Es culpa suya. Usted nunca responde a tiempo y su equipo es incompetente. Le"
            + " devolveremos los archibos!!");

    WebElement panel = browser.waitFor(By.id("writing-justification"));
    browser.waitUntil(d -> findings("TONE").size() >= 3 && !findings("SPELLING").isEmpty());
    assertThat(panel.getText())
        .contains("Culpa")
        .contains("Palabra cargada")
        .contains("Ortografía")
        .contains("culpa al cliente")
        .contains("Lo he releído");
    browser.screenshot("writing-check-findings");

    // One click replaces the misspelt word in the field, and the check runs again.
    WebElement fix =
        browser.waitFor(
            By.cssSelector("#writing-justification [data-kind='SPELLING'] .writing-fix"));
    assertThat(fix.getText()).isEqualTo("archivos");
    fix.click();
    browser.waitUntil(d -> value(JUSTIFICATION).contains("los archivos!!"));
    browser.waitUntil(d -> findings("SPELLING").isEmpty() && !findings("TONE").isEmpty());

    // The one-line confirmation: recorded on the case, never a gate on the form.
    browser.waitFor(By.id("writing-reread-justification")).click();
    browser.waitUntil(
        d ->
            d.findElement(By.cssSelector("#writing-justification .writing-reread-feedback"))
                .getText()
                .contains("Queda registrado"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.forCase(caseId).stream()
                    .anyMatch(e -> e.getType() == AuditType.WRITING_REREAD));

    browser.open("/#/cases/" + caseId);
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector("#case-timeline li")).stream()
                .anyMatch(li -> li.getText().contains("Releyó «Motivos de la salida»")));
    browser.screenshot("writing-check-timeline");
    assertThat(browser.consoleErrors()).as("no console errors").isEmpty();
  }

  private List<WebElement> findings(String kind) {
    return browser.all(By.cssSelector("#writing-justification [data-kind='" + kind + "']"));
  }

  private String value(String componentId) {
    return browser
        .waitFor(By.cssSelector("#task-form [id$='-" + componentId + "']"))
        .getDomProperty("value");
  }

  private void type(String componentId, String text) {
    // As WebUiIT types: a form-js re-render may replace the input mid-typing, so type until it
    // holds.
    browser.waitUntil(
        d -> {
          try {
            WebElement input =
                browser.waitFor(By.cssSelector("#task-form [id$='-" + componentId + "']"));
            if (!text.equals(input.getDomProperty("value"))) {
              input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
              input.sendKeys(text);
            }
            return text.equals(value(componentId));
          } catch (StaleElementReferenceException e) {
            return false;
          }
        });
  }
}
