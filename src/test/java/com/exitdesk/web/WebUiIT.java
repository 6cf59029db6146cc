package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.newTerms;
import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.support.BrowserTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web UI in headless Chromium against the running app: operations staff and managers take a
 * client from the third strike to the exit, and a client answers a proposal through the emailed
 * link. Screenshots of each page land in {@code target/screenshots}.
 */
class WebUiIT extends BrowserTestSupport {

  private static final Pattern ANSWER_LINK =
      Pattern.compile("https?://[^/\\s]+(/answer\\.html#\\S+)");

  @Test
  void staffTakeAClientFromTheThirdStrikeToAProfessionalExit() throws Exception {
    Client client = profitableClient();
    deliverable(client, "Catalogue 2027");
    deliverable(client, "Shop migration");
    strike(client, WarningSign.EXPECTATIONS_MISMATCH);
    strike(client, WarningSign.REJECTS_RECOMMENDATIONS);

    browser.signIn("olivia");
    browser.screenshot("01-inbox");
    browser.open("/#/clients");
    browser.waitFor(By.id("portfolio-chart"));
    assertThat(browser.all(By.cssSelector("#clients tr[data-client='" + client.getId() + "']")))
        .hasSize(1);
    browser.screenshot("02-client-portfolio");

    browser.open("/#/clients/" + client.getId());
    browser.waitFor(By.id("incident-description")).sendKeys("Weekly calls overrun by two hours.");
    browser.waitFor(By.id("log-incident")).click();
    WebElement opened = browser.waitFor(By.cssSelector("#opened-case a"));
    long caseId = Long.parseLong(opened.getText().replace("#", ""));
    browser.screenshot("03-third-strike-opens-a-case");
    opened.click();
    browser.waitFor(By.cssSelector("#case-diagram svg"));
    browser.waitFor(By.cssSelector("#case-timeline li"));
    assertThat(browser.consoleErrors()).as("no console errors").isEmpty();
    browser.screenshot("04-case-page");

    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    browser.open("/#/inbox");
    browser.waitFor(By.cssSelector("#inbox tr[data-task='" + review.getId() + "'] a")).click();
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));
    check("field_review_contract_canTerminateLegally");
    browser.typeIntoFormField(
        "field_review_contract_terminationClause", "Clause 9: 30 days' written notice");
    date("field_review_contract_exitDate", today().plusDays(60));
    browser.typeIntoFormField("field_review_contract_noticePeriodDays", "30");
    browser.typeIntoFormField("field_review_contract_earlyTerminationFee", "0");
    browser.typeIntoFormField("field_review_contract_refundAmount", "0");
    browser.typeIntoFormField(
        "field_review_contract_justification",
        "Scope disputes every month that the team cannot absorb.");
    browser.clickFormField("field_review_contract_reviewDecision-1");
    browser.screenshot("05-contract-review-form");
    submitTask();

    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);
    browser.open("/#/inbox");
    browser.waitFor(By.cssSelector("#inbox, #inbox-empty"));
    assertThat(browser.all(By.cssSelector("#inbox tr[data-task='" + approval.getId() + "']")))
        .as("operations staff do not see the approval")
        .isEmpty();
    browser.open("/#/tasks/" + approval.getId());
    assertThat(browser.waitFor(By.id("page-error")).getText())
        .contains("This task is for another team", "Manager");
    browser.screenshot("06-ops-refused-the-approval");
    browser.signOut();

    browser.signIn("maria");
    browser.open("/#/inbox");
    browser.waitFor(By.cssSelector("#inbox tr[data-task='" + approval.getId() + "'] a")).click();
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));
    browser.typeIntoFormField(
        "field_approve_termination_approvalComment", "Agreed: end it at the date the review set.");
    browser.clickFormField("field_approve_termination_approvalDecision-0");
    browser.screenshot("07-manager-approval");
    submitTask();

    for (InboxTask task : awaitTasks(caseId, COMPLETE_DELIVERABLE, 2)) {
      browser.open("/#/tasks/" + task.getId());
      browser.waitFor(By.cssSelector("#task-form .fjs-form"));
      date("field_complete_deliverable_deliveredOn", today());
      browser.typeIntoFormField(
          "field_complete_deliverable_deliveryNotes", "Delivered and signed off by the client.");
      submitTask();
    }
    browser.open("/#/tasks/" + awaitTask(caseId, PLAN_TRANSITION).getId());
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));
    browser.typeIntoFormField(
        "field_plan_transition_handoverPlan", "Two handover sessions with their new agency.");
    browser.typeIntoFormField(
        "field_plan_transition_dataReturn", "Full export of assets within 10 days.");
    browser.typeIntoFormField("field_plan_transition_alternatives", "Studio North, Atlas Partners");
    browser.typeIntoFormField("field_plan_transition_transitionContact", "Olivia Ortega");
    submitTask();

    awaitPhase(caseId, CasePhase.COOLING_OFF);
    browser.open("/#/cases/" + caseId);
    browser.waitFor(By.id("withdraw-form"));
    browser.waitFor(By.id("preview-notice")).click();
    browser.waitFor(By.cssSelector("#notice-preview iframe"));
    browser.screenshot("08-cooling-off-with-notice-preview");

    awaitTimer(caseId, "timer_cooling_off_elapsed");
    moveClock(Duration.ofHours(24).plusMinutes(1));
    awaitMessage(caseId, MessageKind.TERMINATION_NOTICE);
    awaitTimer(caseId, "timer_exit_date_reached");
    moveClock(Duration.ofDays(61));

    browser.open("/#/tasks/" + awaitTask(caseId, LESSONS_LEARNED).getId());
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));
    browser.typeIntoFormField(
        "field_lessons_learned_whatHappened", "Scope grew every month without a change in fee.");
    browser.typeIntoFormField(
        "field_lessons_learned_ourShare", "We accepted extras without a change request.");
    submitTask();

    awaitCase(caseId, c -> c.getStatus() == CaseStatus.EXITED);
    browser.open("/#/cases/" + caseId);
    assertThat(browser.waitFor(By.id("case-status")).getText()).isEqualTo("Exited");
    assertThat(
            browser
                .waitFor(By.cssSelector("#case-messages tr[data-kind='TERMINATION_NOTICE']"))
                .getText())
        .contains("Notice of termination of services — effective", "Sent");
    browser.screenshot("09-case-exited-with-notice");

    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.open("/#/clients/" + client.getId());
    browser.waitFor(By.id("client-incidents"));
    assertThat(browser.all(By.id("incident-form")))
        .as("a closed client takes no incidents")
        .isEmpty();
    browser.screenshot("12-client-page-on-a-phone");
  }

  @Test
  void staffRecordAnInteractionAndFindItInTheHistoryInBothLanguages() throws Exception {
    Client client = profitableClient();
    strike(client, WarningSign.MINIMAL_COMMUNICATION);
    browser.signIn("olivia");
    record Wording(String language, String formTitle, String meeting, String participants) {}
    for (Wording wording :
        List.of(
            new Wording("en", "Record an interaction", "Meeting", "Ana Ruiz, olivia"),
            new Wording("es", "Registrar una interacción", "Reunión", "Ana Ruiz, Olivia"))) {
      browser.script("localStorage.setItem('exitdesk.language', arguments[0])", wording.language());
      browser.open("/");
      browser.open("/#/clients/" + client.getId());
      assertThat(browser.waitFor(By.cssSelector("#interaction-form h2")).getText())
          .isEqualTo(wording.formTitle());
      int meetingsBefore =
          browser.all(By.cssSelector("#client-history li[data-kind='MEETING']")).size();
      browser.script(
          "arguments[0].value = 'MEETING'; arguments[0].dispatchEvent(new Event('change'))",
          browser.waitFor(By.id("interaction-kind")));
      browser.waitFor(By.id("interaction-participants")).sendKeys(wording.participants());
      browser
          .waitFor(By.id("interaction-summary"))
          .sendKeys("Agreed to move the weekly call to Mondays.");
      browser.waitFor(By.id("interaction-agreement-made")).click();
      browser.waitFor(By.id("interaction-agreement")).sendKeys("Weekly call on Mondays at 10:00");
      browser.waitFor(By.id("record-interaction")).click();
      browser.waitUntil(
          driver ->
              driver.findElements(By.cssSelector("#client-history li[data-kind='MEETING']")).size()
                  == meetingsBefore + 1);
      WebElement newest =
          browser.waitFor(By.cssSelector("#client-history li[data-kind='MEETING']"));
      assertThat(newest.getText())
          .contains(wording.meeting(), wording.participants(), "Weekly call on Mondays at 10:00");
      assertThat(browser.all(By.cssSelector("#client-history li[data-kind='INCIDENT']")))
          .hasSize(1);

      browser.script(
          "arguments[0].value = 'INCIDENT'; arguments[0].dispatchEvent(new Event('change'))",
          browser.waitFor(By.id("history-filter")));
      assertThat(browser.all(By.cssSelector("#client-history li[data-kind='MEETING']"))).isEmpty();
      assertThat(browser.consoleErrors()).as("no console errors").isEmpty();
      browser.screenshot("13-client-history-" + wording.language());
    }
  }

  @Test
  void aClientAnswersTheProposalOnceThroughTheEmailedLink() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());
    String body = awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL).getBodyText();
    Matcher link = ANSWER_LINK.matcher(body);
    assertThat(link.find()).as("the proposal carries an answer link").isTrue();
    String path = link.group(1);

    browser.open(path);
    browser.waitFor(By.id("accept"));
    browser.screenshot("10-client-answer-page");
    browser.waitFor(By.id("answer-comment")).sendKeys("Fair terms, agreed.");
    browser.waitFor(By.id("accept")).click();
    assertThat(browser.waitFor(By.id("answer-thanks")).getText()).contains("accept");
    awaitPhase(caseId, CasePhase.PROBATION);
    browser.screenshot("11-client-answer-recorded");

    browser.open("/");
    browser.open(path);
    assertThat(browser.waitFor(By.id("answer-closed")).getText()).contains("already been answered");
    HttpResponse<String> replay =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/api/public/proposals/"
                                + path.substring(path.indexOf('#') + 1)
                                + "/answer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"accepted\":false}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replay.statusCode()).as("a replayed answer is refused").isEqualTo(409);

    String forged = path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BB" : "AA");
    browser.open("/");
    browser.open(forged);
    assertThat(browser.waitFor(By.id("answer-invalid")).getText()).contains("not valid");
    assertThat(proposalsAccepted(caseId)).isEqualTo(List.of("ACCEPTED"));
  }

  private List<String> proposalsAccepted(long caseId) {
    return cases.proposalsOf(caseId).stream().map(p -> p.getStatus().name()).toList();
  }

  private void check(String componentId) {
    browser.clickFormField(componentId);
  }

  private void date(String componentId, java.time.LocalDate date) {
    WebElement input =
        browser.waitFor(By.cssSelector("#task-form [id$='-" + componentId + "-date']"));
    input.clear();
    input.sendKeys(
        String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  private void submitTask() throws java.io.IOException {
    browser.waitUntil(
        d -> {
          try {
            d.findElement(By.id("complete-task")).click();
            return true;
          } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
          }
        });
    String outcome;
    try {
      outcome = browser.waitForValue(WebUiIT::feedback);
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("failed-task-submission");
      String[] page = new String[1];
      browser.waitUntil(
          d -> {
            page[0] = submissionState(d);
            return true;
          });
      throw new AssertionError("No answer to the submission on the task page: " + page[0], e);
    }
    assertThat(outcome).startsWith("ok:");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/inbox"));
  }

  /**
   * What the task page shows when a submission gets no answer: whether the button is waiting for
   * the server (disabled) or the form refused the data (its field errors), and where the page is.
   */
  private static String submissionState(WebDriver driver) {
    List<String> fieldErrors =
        driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
            .map(WebElement::getText)
            .filter(text -> !text.isBlank())
            .toList();
    List<WebElement> button = driver.findElements(By.id("complete-task"));
    return "url %s, submit button %s, field errors %s"
        .formatted(
            driver.getCurrentUrl(),
            button.isEmpty() ? "gone" : button.getFirst().isEnabled() ? "enabled" : "disabled",
            fieldErrors);
  }

  /** "ok: ..." or "alert: ..." once the task page answers the submission; null until then. */
  private static String feedback(WebDriver driver) {
    try {
      for (WebElement shown : driver.findElements(By.cssSelector("#task-feedback > *"))) {
        String kind = shown.getAttribute("class");
        return (kind != null && kind.contains("ok") ? "ok: " : "alert: ") + shown.getText();
      }
      // The page moved on to the inbox: the submission went through.
      return driver.getCurrentUrl().endsWith("#/inbox") ? "ok: back in the inbox" : null;
    } catch (StaleElementReferenceException e) {
      return null;
    }
  }
}
