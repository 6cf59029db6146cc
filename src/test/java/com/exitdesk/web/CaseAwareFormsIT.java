package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.support.BrowserTestSupport;
import com.exitdesk.support.TaskForms;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The forms know the case: the approval shows what the manager approves (the review, the contract
 * it came from, the proposal and the client's answer); a manager's own exit is shown greyed and
 * read-only; a completed task reads back as sent; the exit date picker offers no date the server
 * refuses; the cases list says what each case waits for; and a case page follows the process
 * without a reload. In both languages, with a screenshot of each ({@code target/screenshots}).
 */
class CaseAwareFormsIT extends BrowserTestSupport {

  @Test
  void theApprovalShowsTheDeclinedProposalAndTheContractBehindTheReview() throws Exception {
    Client client = client(6, "3000.00", "2000.00");
    long caseId = caseFromThreeStrikes(client);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OMAR, TaskForms.newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    answers.recordClientAnswer(caseId, false, "The fee is too high for us.", "olivia");
    long approval = awaitTask(caseId, APPROVE_TERMINATION).getId();

    for (String lang : List.of("es", "en")) {
      signIn("maria", lang);
      browser.open("/#/tasks/" + approval);
      WebElement form = browser.waitFor(By.cssSelector("#task-form .fjs-form"));
      browser.waitUntil(d -> form.getText().contains("The fee is too high for us."));
      String text = form.getText();
      assertThat(text)
          .as("who drafted the terms, the terms, the answer and who recorded it (%s)", lang)
          .contains("omar", "Monthly catalogue updates only", "olivia")
          .contains(lang.equals("es") ? "Rechazada el" : "Declined on")
          .contains(lang.equals("es") ? "Videollamada" : "Video call")
          .contains("Clause 9: 30 days' written notice");
      assertThat(text)
          .as("the contract on file beside the review (%s)", lang)
          .contains(lang.equals("es") ? "Según el contrato en vigor" : "From the contract on file");
      browser.script(
          "[...document.querySelectorAll('#task-form h4')].at(-1).scrollIntoView({ block: 'start' })");
      browser.screenshot(lang + "-forms-01-approval-after-declined-proposal");
      browser.signOut();
    }
  }

  @Test
  void aManagersOwnExitIsShownGreyedAndACompletedTaskReadsBackAsSent() throws Exception {
    Client client = client(6, "3000.00", "3500.00");
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    complete(review, MATEO, TaskForms.contractReview("EXIT"));
    long approval = awaitTask(caseId, APPROVE_TERMINATION).getId();

    for (String lang : List.of("es", "en")) {
      signIn("mateo", lang);
      browser.open("/#/inbox");
      WebElement row =
          browser.waitFor(By.cssSelector("#inbox tr[data-task='" + approval + "'].blocked"));
      assertThat(row.getText())
          .contains(
              lang.equals("es")
                  ? "Usted propuso esta salida: la aprueba otro responsable"
                  : "You proposed this exit: another manager approves it");
      assertThat(row.findElements(By.cssSelector("button"))).as("nothing to claim").isEmpty();
      browser.screenshot(lang + "-forms-02-own-exit-in-inbox");

      browser.open("/#/tasks/" + approval);
      browser.waitFor(By.cssSelector("#task-form .fjs-form"));
      assertThat(browser.waitFor(By.id("task-not-editable")).getText())
          .contains(lang.equals("es") ? "otro responsable" : "another manager");
      assertThat(browser.all(By.id("complete-task"))).as("no submit button").isEmpty();
      assertThat(browser.all(By.cssSelector("#task-form input:not([readonly]):not([disabled])")))
          .as("no field to fill in")
          .isEmpty();
      browser.screenshot(lang + "-forms-03-own-exit-read-only");

      browser.open("/#/tasks/" + review.getId());
      browser.waitFor(By.cssSelector("#task-form .fjs-form"));
      assertThat(browser.waitFor(By.id("task-not-editable")).getText()).contains("mateo");
      assertThat(
              browser.script(
                  "return [...document.querySelectorAll('#task-form textarea')].map((t) => t.value).join('|')"))
          .as("the review as it was sent")
          .asString()
          .contains("Repeated scope disputes the team cannot absorb.");
      assertThat(browser.all(By.id("complete-task"))).isEmpty();
      browser.screenshot(lang + "-forms-04-completed-review-read-only");
      browser.signOut();
    }
  }

  @Test
  void theExitDatePickerStartsWhereTheNoticePeriodAllows() throws Exception {
    Client client = client(6, "3000.00", "3500.00");
    long caseId = caseFromThreeStrikes(client);
    long review = awaitTask(caseId, REVIEW_CONTRACT).getId();

    signIn("olivia", "en");
    browser.open("/#/tasks/" + review);
    browser.waitFor(By.cssSelector("#task-form .fjs-form"));
    String minDate =
        "const input = [...document.querySelectorAll('#task-form input')].find((i) => i._flatpickr && i.id.includes('exitDate'));"
            + "const min = input._flatpickr.config.minDate;"
            + "return min ? `${min.getFullYear()}-${String(min.getMonth() + 1).padStart(2, '0')}-${String(min.getDate()).padStart(2, '0')}` : null;";
    String notice = today().plusDays(30).toString();
    browser.waitUntil(d -> notice.equals(browser.script(minDate)));

    // An agreed early termination lifts the notice period: any date from today.
    browser.script(
        "document.querySelector(\"#task-form input[id*='earlyTerminationAgreed']\").click()");
    String todayText = today().toString();
    browser.waitUntil(d -> todayText.equals(browser.script(minDate)));
  }

  @Test
  void theCasesListSaysWhatEachCaseWaitsForAndACasePageFollowsTheProcess() throws Exception {
    Client client = client(6, "3000.00", "3500.00");
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);

    for (String lang : List.of("es", "en")) {
      signIn("olivia", lang);
      browser.open("/#/cases");
      WebElement row = browser.waitFor(By.cssSelector("#cases tr[data-case='" + caseId + "']"));
      assertThat(row.findElement(By.cssSelector("td.waits")).getText())
          .contains(lang.equals("es") ? "Revisar el contrato" : "Review the contract")
          .contains(lang.equals("es") ? "cualquiera de Operaciones" : "anyone in Operations");
      browser.screenshot(lang + "-forms-05-cases-waiting-for");
      browser.signOut();
    }

    signIn("maria", "en");
    browser.open("/#/cases/" + caseId);
    WebElement openTasks = browser.waitFor(By.id("case-open-tasks"));
    WebElement heading = browser.waitFor(By.cssSelector("main h1"));
    complete(review, OLIVIA, TaskForms.contractReview("EXIT"));
    browser.waitUntil(
        d -> d.findElement(By.id("case-open-tasks")).getText().contains("Approve the termination"));
    assertThat(heading.isDisplayed())
        .as("the page changed in place, not by a reload: its heading is the same element")
        .isTrue();
    assertThat(openTasks.getText()).contains("Approve the termination");
    browser.waitUntil(
        d ->
            !d.findElements(
                    By.cssSelector(
                        "#case-diagram .djs-element.current[data-element-id='task_approve_termination']"))
                .isEmpty());
    assertThat(browser.all(By.cssSelector(".diagram-tools")))
        .as("the redrawn diagram has one toolbar")
        .hasSize(1);
    assertThat(browser.all(By.cssSelector("#case-diagram svg"))).isNotEmpty();
    browser.screenshot("en-forms-06-case-followed-live");
  }

  @Test
  void theRetrospectiveTicksTheMissedSignsAndStaysOnTheCase() throws Exception {
    long caseId = caseFromThreeStrikes(client(6, "3000.00", "3500.00"));
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("EXIT"));
    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, TaskForms.approve());
    complete(awaitTask(caseId, PLAN_TRANSITION), OLIVIA, TaskForms.transitionPlan());
    awaitTimer(caseId, "timer_cooling_off_elapsed");
    moveClock(Duration.ofHours(24).plusMinutes(1));
    awaitMessage(caseId, MessageKind.TERMINATION_NOTICE);
    awaitTimer(caseId, "timer_exit_date_reached");
    moveClock(Duration.ofDays(41));
    InboxTask lessons = awaitTask(caseId, LESSONS_LEARNED);

    signIn("olivia", "es");
    browser.open("/#/tasks/" + lessons.getId());
    browser.waitFor(By.cssSelector("#task-form .fjs-form-field-checklist"));
    assertThat(browser.waitFor(By.id("task-form")).getText())
        .contains("Señales de alerta presentes que nunca se registraron", "Comunicación mínima");
    browser.script(
        "document.querySelector('#task-form .fjs-form-field-checklist').scrollIntoView({ block: 'center' })");
    browser.screenshot("es-forms-07-retrospective-missed-signs");
    browser.signOut();

    complete(lessons, OLIVIA, TaskForms.lessons());
    awaitCase(caseId, c -> c.getStatus().isClosed());
    for (String lang : List.of("es", "en")) {
      signIn("maria", lang);
      browser.open("/#/cases/" + caseId);
      WebElement section = browser.waitFor(By.id("case-retrospective"));
      assertThat(section.getText())
          .contains("olivia", "We accepted extras without a change request.")
          .contains(
              lang.equals("es")
                  ? "Comunicación mínima, Espera algo distinto de lo acordado"
                  : "Minimal communication, Expects something other than agreed");
      browser.script("arguments[0].scrollIntoView({ block: 'start' })", section);
      browser.screenshot(lang + "-forms-08-case-retrospective");
      browser.signOut();
    }
  }
}
