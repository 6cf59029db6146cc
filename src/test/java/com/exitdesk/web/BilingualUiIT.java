package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientRepository;
import com.exitdesk.client.Contract;
import com.exitdesk.client.ContractRepository;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.support.BrowserTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page and every task form, in Spanish and in English, as operations staff, a manager and a
 * client: no word of the other language's dictionaries, no code ({@code FAST_EXIT}), no ISO
 * duration ({@code PT24H}) and no fact without its value. A screenshot of each page and language
 * lands in {@code target/screenshots/<lang>-*.png}.
 */
class BilingualUiIT extends BrowserTestSupport {

  private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
  private static final Pattern ISO_DURATION =
      Pattern.compile("\\bP(\\d+[YMWD])*T?(\\d+[HMS])+\\b|\\bP\\d+[YMWD]\\b");
  private static final Pattern ANSWER_LINK =
      Pattern.compile("https?://[^/\\s]+(/answer\\.html#\\S+)");
  private static final Pattern EMPTY_FACT = Pattern.compile("(?m)^[^\\n]*\\S:\\s*%?\\s*$");

  /** What the task pages say of a fact the case does not know (facts.unknown). */
  private static final Map<String, String> UNKNOWN = Map.of("en", "unknown", "es", "desconocido");

  /** Words both languages show as they are: the language switch and the brand. */
  private static final Set<String> SHARED = Set.of("English", "Español", "Exit Desk");

  @Autowired ClientRepository clientRepository;
  @Autowired ContractRepository contractRepository;
  @Autowired CamundaClient camunda;

  @Test
  void everyPageAndEveryFormSpeaksOnlyTheChosenLanguage() throws Exception {
    Map<String, Set<String>> words = dictionaries();

    // A case at the retrospective: the clock moves, so it goes first.
    Client ferro = client("Ferro Norte", "es", 0);
    long retrospective = caseAt(ferro, REVIEW_CONTRACT);
    complete(awaitTask(retrospective, REVIEW_CONTRACT), OLIVIA, review("EXIT", 40));
    complete(awaitTask(retrospective, APPROVE_TERMINATION), MARIA, approval());
    complete(awaitTask(retrospective, PLAN_TRANSITION), OLIVIA, transition());
    awaitTimer(retrospective, "timer_cooling_off_elapsed");
    moveClock(Duration.ofHours(24).plusMinutes(1));
    awaitMessage(retrospective, MessageKind.TERMINATION_NOTICE);
    awaitTimer(retrospective, "timer_exit_date_reached");
    moveClock(Duration.ofDays(41));
    long lessons = awaitTask(retrospective, LESSONS_LEARNED).getId();

    // A case in probation per language, its monthly check-in due: the clock moves again, before
    // the proposals below start waiting for their answers.
    Map<String, Long> probations = new LinkedHashMap<>();
    for (Client client : List.of(client("Sola Brisa", "es", 0), client("Tarn Vale", "en", 0))) {
      long probation = caseAt(client, REVIEW_CONTRACT);
      complete(awaitTask(probation, REVIEW_CONTRACT), OLIVIA, review("REPAIR", 60));
      complete(awaitTask(probation, DRAFT_NEW_TERMS), OLIVIA, terms());
      awaitMessage(probation, MessageKind.RENEGOTIATION_PROPOSAL);
      answers.recordClientAnswer(probation, true, null, "olivia");
      awaitTimer(probation, "start_event_check_in_due");
      probations.put(client.getLocale(), probation);
    }
    moveClock(Duration.ofDays(28));
    Map<String, Long> checkIns = new LinkedHashMap<>();
    probations.forEach((lang, id) -> checkIns.put(lang, awaitTask(id, HOLD_CHECK_IN).getId()));

    Client lumen = client("Lumen Atlas", "en", 2);
    long review = caseAt(lumen, REVIEW_CONTRACT);
    long reviewTask = awaitTask(review, REVIEW_CONTRACT).getId();

    Client nadir = client("Nadir Kobe", "es", 0);
    long drafting = caseAt(nadir, REVIEW_CONTRACT);
    complete(awaitTask(drafting, REVIEW_CONTRACT), OLIVIA, review("REPAIR", 60));
    long draftTask = awaitTask(drafting, DRAFT_NEW_TERMS).getId();

    Client orbe = client("Orbe Vitta", "en", 1);
    long winding = caseAt(orbe, REVIEW_CONTRACT);
    complete(awaitTask(winding, REVIEW_CONTRACT), OLIVIA, review("EXIT", 50));
    long approvalTask = awaitTask(winding, APPROVE_TERMINATION).getId();

    Client pax = client("Pax Quorum", "es", 1);
    long approved = caseAt(pax, REVIEW_CONTRACT);
    complete(awaitTask(approved, REVIEW_CONTRACT), OLIVIA, review("EXIT", 50));
    complete(awaitTask(approved, APPROVE_TERMINATION), MARIA, approval());
    long deliverableTask = awaitTask(approved, COMPLETE_DELIVERABLE).getId();
    long transitionTask = awaitTask(approved, PLAN_TRANSITION).getId();

    // A submission the engine refused: the case's process was cancelled before it arrived.
    long interrupted = caseAt(client("Umbra Lis", "es", 1), REVIEW_CONTRACT);
    InboxTask refusedTask = awaitTask(interrupted, REVIEW_CONTRACT);
    camunda.newCancelInstanceCommand(caseOf(interrupted).getProcessInstanceKey()).send().join();
    assertThat(complete(refusedTask, OLIVIA, review("EXIT", 50)).getCompletionRefusal())
        .isEqualTo("process-moved-on");

    Map<String, String> answerPages = new LinkedHashMap<>();
    for (Client client : List.of(client("Quasar Ibis", "es", 0), client("Rivo Zenda", "en", 0))) {
      long proposed = caseAt(client, REVIEW_CONTRACT);
      complete(awaitTask(proposed, REVIEW_CONTRACT), OLIVIA, review("REPAIR", 60));
      complete(awaitTask(proposed, DRAFT_NEW_TERMS), OLIVIA, terms());
      String body = awaitMessage(proposed, MessageKind.RENEGOTIATION_PROPOSAL).getBodyText();
      Matcher link = ANSWER_LINK.matcher(body);
      assertThat(link.find()).as("the proposal carries an answer link").isTrue();
      answerPages.put(client.getLocale(), link.group(1));
    }

    List<String> problems = new ArrayList<>();
    for (String lang : List.of("es", "en")) {
      Set<String> foreign = foreignWords(words, lang);
      browser.open("/");
      browser.script("localStorage.setItem('exitdesk.language', arguments[0])", lang);
      browser.signIn("olivia");
      page(problems, foreign, lang, "01-inbox", "/#/inbox", "#inbox");
      page(problems, foreign, lang, "02-cases", "/#/cases", "#cases");
      page(problems, foreign, lang, "03-clients", "/#/clients", "#portfolio-chart");
      // Most of these clients share a margin and a strike count: one spot on the chart.
      assertThat(browser.all(By.cssSelector("#portfolio-chart text.name"))).isNotEmpty();
      assertThat(overlappingChartWords())
          .as(lang + ": words over each other on the chart")
          .isEmpty();
      assertThat(clientsOnTheChart())
          .as(lang + ": each client named on the chart or counted in its spot's +N")
          .isEqualTo(browser.all(By.cssSelector("#clients tbody tr")).size());
      // Other tests' clients may share this database: the table says whether the costs differ.
      Set<String> costs = new TreeSet<>();
      browser
          .all(By.cssSelector("#clients tbody td:nth-child(5)"))
          .forEach(cell -> costs.add(cell.getText()));
      assertThat(browser.all(By.cssSelector("#portfolio-legend .sizes li")))
          .as(lang + ": one bubble size in the legend when every client costs the same, else two")
          .hasSize(costs.size() == 1 ? 1 : 2);
      page(problems, foreign, lang, "04-client", "/#/clients/" + lumen.getId(), "#incident-form");
      page(problems, foreign, lang, "05-case", "/#/cases/" + winding, "#case-diagram svg");
      page(
          problems,
          foreign,
          lang,
          "06-case-exited",
          "/#/cases/" + retrospective,
          "#case-diagram svg");
      browser.script("document.getElementById('case-timeline').scrollIntoView()");
      browser.screenshot(lang + "-06-case-timeline");
      page(
          problems,
          foreign,
          lang,
          "07-form-review-contract",
          "/#/tasks/" + reviewTask,
          "#task-form .fjs-form");
      browser.waitFor(By.id("complete-task")).click();
      browser.waitFor(By.cssSelector("#task-form .fjs-form-field-error"));
      check(problems, foreign, lang, "08-form-review-contract-invalid");
      page(
          problems,
          foreign,
          lang,
          "09-form-draft-new-terms",
          "/#/tasks/" + draftTask,
          "#task-form .fjs-form");
      page(
          problems,
          foreign,
          lang,
          "10-form-complete-deliverable",
          "/#/tasks/" + deliverableTask,
          "#task-form .fjs-form");
      page(
          problems,
          foreign,
          lang,
          "11-form-plan-transition",
          "/#/tasks/" + transitionTask,
          "#task-form .fjs-form");
      page(
          problems,
          foreign,
          lang,
          "12-form-lessons-learned",
          "/#/tasks/" + lessons,
          "#task-form .fjs-form");
      page(
          problems,
          foreign,
          lang,
          "13-approval-refused-to-ops",
          "/#/tasks/" + approvalTask,
          "#page-error");
      page(problems, foreign, lang, "14-unknown-task", "/#/tasks/987654", "#page-error");
      page(
          problems,
          foreign,
          lang,
          "14a-form-hold-check-in",
          "/#/tasks/" + checkIns.get(lang),
          "#task-form .fjs-form");
      browser.clickFormField("field_hold_check_in_checkInOutcome-0");
      browser.typeIntoFormField("field_hold_check_in_checkInAgreed", "§ 2 — 2026/12");
      browser.typeIntoFormField(
          "field_hold_check_in_checkInNextSteps", "1) 2026/12/05 2) 2026/12/19");
      submitTask();
      awaitCase(probations.get(lang), c -> c.getCheckIns().held() == 1);
      page(
          problems,
          foreign,
          lang,
          "14b-case-check-in-held",
          "/#/cases/" + probations.get(lang),
          "#case-check-ins");
      assertThat(browser.waitFor(By.id("case-check-ins")).getText()).contains("1");
      page(
          problems,
          foreign,
          lang,
          "14c-task-refused",
          "/#/tasks/" + refusedTask.getId(),
          "#task-not-editable");
      assertThat(browser.waitFor(By.id("task-not-editable")).getText())
          .contains("es".equals(lang) ? "El proceso no aceptó el envío" : "did not take");
      page(
          problems, foreign, lang, "14d-case-refused", "/#/cases/" + interrupted, "#case-timeline");
      browser.script("document.getElementById('case-timeline').scrollIntoView()");
      browser.screenshot(lang + "-14d-case-refused-timeline");
      assertThat(browser.waitFor(By.id("case-timeline")).getText())
          .contains(
              "es".equals(lang)
                  ? "El proceso no aceptó el envío"
                  : "The process did not take olivia’s submission");
      browser.signOut();

      browser.signIn("maria");
      page(problems, foreign, lang, "15-manager-inbox", "/#/inbox", "#inbox");
      page(
          problems,
          foreign,
          lang,
          "16-form-approve-termination",
          "/#/tasks/" + approvalTask,
          "#task-form .fjs-form");
      browser.signOut();

      browser.open("/");
      page(problems, foreign, lang, "17-client-answer", answerPages.get(lang), "#accept");
    }
    assertThat(problems).as("what reads wrong, page by page").isEmpty();
  }

  /** Each pair of words on the portfolio chart, as drawn, where a client's name meets the other. */
  @SuppressWarnings("unchecked")
  private List<String> overlappingChartWords() {
    return (List<String>)
        browser.script(
            """
            const words = [...document.querySelectorAll('#portfolio-chart text')].map((w) => ({
              text: w.textContent, name: w.classList.contains('name'), box: w.getBBox() }));
            const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width
              && a.y < b.y + b.height && b.y < a.y + a.height;
            const found = [];
            words.forEach((a, i) => words.slice(i + 1).forEach((b) => {
              if ((a.name || b.name) && meet(a.box, b.box)) found.push(a.text + ' / ' + b.text);
            }));
            return found;""");
  }

  private long clientsOnTheChart() {
    return browser.all(By.cssSelector("#portfolio-chart text.name")).size()
        + browser.all(By.cssSelector("#portfolio-chart .stack text")).stream()
            .mapToLong(mark -> Long.parseLong(mark.getText().replace("+", "")))
            .sum();
  }

  private void page(
      List<String> problems,
      Set<String> foreign,
      String lang,
      String name,
      String path,
      String ready)
      throws Exception {
    browser.open(path);
    browser.waitFor(By.cssSelector(ready));
    // bpmn-js and form-js draw after the page's data arrived; wait until the main area is still.
    browser.waitUntil(
        d -> {
          Object before = browser.script("return document.body.innerText.length");
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return before.equals(browser.script("return document.body.innerText.length"));
        });
    check(problems, foreign, lang, name);
  }

  private void check(List<String> problems, Set<String> foreign, String lang, String name)
      throws Exception {
    browser.screenshot(lang + "-" + name);
    String text =
        (String)
            browser.script(
                "const parts = [document.querySelector('main')?.innerText ?? ''];"
                    + "for (const id of ['nav', 'who']) parts.push(document.getElementById(id)?.innerText ?? '');"
                    + "document.querySelectorAll('main svg text').forEach((t) => parts.push(t.textContent));"
                    + "document.querySelectorAll('main [placeholder], main [aria-label], main [title]')"
                    + ".forEach((e) => parts.push(e.getAttribute('placeholder') ?? '', e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''));"
                    + "return parts.join('\\n');");
    // What clients received is in their own language: the subjects are quoted as sent.
    @SuppressWarnings("unchecked")
    List<String> subjects =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#case-messages tr td:nth-child(2)')].map((td) => td.innerText);");
    for (String subject : subjects) {
      if (!subject.isBlank()) text = text.replace(subject, " ");
    }
    for (Client client : clientRepository.findAll()) {
      text = text.replace(client.getName(), " ").replace(client.getEmail(), " ");
    }
    // The contract's clause and scope are quoted as typed, like the names.
    for (Contract contract : contractRepository.findAll()) {
      for (String typed : new String[] {contract.getTerminationClause(), contract.getScope()}) {
        if (typed != null && !typed.isBlank()) text = text.replace(typed, " ");
      }
    }
    for (String shared : SHARED) {
      text = text.replace(shared, " ");
    }
    String where = lang + "/" + name + ": ";
    Matcher code = RAW_CODE.matcher(text);
    while (code.find()) problems.add(where + "code " + code.group());
    Matcher duration = ISO_DURATION.matcher(text);
    while (duration.find()) problems.add(where + "ISO duration " + duration.group());
    Matcher fact = EMPTY_FACT.matcher(text);
    while (fact.find()) problems.add(where + "fact without a value: " + fact.group().strip());
    Long emptyValues =
        (Long)
            browser.script(
                "return [...document.querySelectorAll('main dd')].filter((d) => !d.innerText.trim()).length;");
    if (emptyValues > 0) problems.add(where + emptyValues + " empty values in a list of facts");
    // Every client here has a contract and a ledger: each fact of a task's evidence is known.
    Long unknownFacts =
        (Long)
            browser.script(
                "return [...document.querySelectorAll('aside.facts dd')]"
                    + ".filter((d) => d.innerText.trim() === arguments[0]).length;",
                UNKNOWN.get(lang));
    if (unknownFacts > 0) problems.add(where + unknownFacts + " unknown facts of the evidence");
    for (String word : foreign) {
      if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")
          .matcher(text)
          .find()) {
        problems.add(where + "word of the other language: " + word);
      }
    }
  }

  /** Submits the task form and waits until the inbox takes it. */
  private void submitTask() {
    browser.waitUntil(
        d -> {
          try {
            d.findElement(By.id("complete-task")).click();
            return true;
          } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
          }
        });
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/inbox"));
  }

  /** Words of the other language's dictionaries that this language does not use as well. */
  private static Set<String> foreignWords(Map<String, Set<String>> words, String lang) {
    Set<String> foreign = new TreeSet<>(words.get(lang.equals("es") ? "en" : "es"));
    foreign.removeAll(words.get(lang));
    foreign.removeAll(SHARED);
    foreign.removeIf(w -> w.strip().length() < 4 || w.contains("{"));
    return foreign;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> dictionaries() throws Exception {
    Process node =
        new ProcessBuilder(
                "node", Path.of("src/test/resources/ui-dictionaries.mjs").toString(), ".")
            .redirectErrorStream(true)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as(out).isZero();
    Map<String, List<String>> lists = new ObjectMapper().readValue(out, Map.class);
    Map<String, Set<String>> words = new HashMap<>();
    lists.forEach((lang, list) -> words.put(lang, new TreeSet<>(list)));
    return words;
  }

  private Client client(String name, String language, int deliverables) {
    int n = nextNumber();
    Client client =
        client(name + " " + n, "c" + n + "@test.example", language, 12, "3000.00", "1500.00");
    for (int i = 1; i <= deliverables; i++) {
      deliverable(client, "Kit " + n + "-" + i);
    }
    return client;
  }

  /** Three strikes open the case; returns its id once the given task waits. */
  private long caseAt(Client client, String task) {
    Long caseId = null;
    for (WarningSign sign :
        List.of(
            WarningSign.EXPECTATIONS_MISMATCH,
            WarningSign.REJECTS_RECOMMENDATIONS,
            WarningSign.TAKES_MORE_TIME_THAN_WORTH)) {
      caseId =
          incidents
              .report(
                  client.getId(),
                  new IncidentReport(null, sign, Severity.MEDIUM, "№ " + sign.ordinal(), today()),
                  "olivia")
              .openedCaseId();
    }
    assertThat(caseId).as("the third strike opens a case").isNotNull();
    awaitTask(caseId, task);
    return caseId;
  }

  // Case data in no language: the check is about the UI's words, not what people typed.
  private Map<String, Object> review(String decision, int exitInDays) {
    Map<String, Object> review = new HashMap<>();
    review.put("canTerminateLegally", true);
    review.put("terminationClause", "§ 9.2 (30)");
    review.put("exitDate", today().plusDays(exitInDays).toString());
    review.put("noticePeriodDays", 30);
    review.put("earlyTerminationFee", 0);
    review.put("refundAmount", 250);
    review.put("reviewDecision", decision);
    review.put("justification", "§ 4.1, § 4.3 — 2026/07, 2026/09, 2026/10");
    return review;
  }

  private static Map<String, Object> approval() {
    return Map.of("approvalDecision", "APPROVE", "approvalComment", "OK — 2026/11");
  }

  private static Map<String, Object> transition() {
    return Map.of(
        "handoverPlan", "1) 2026/12/01 2) 2026/12/08",
        "dataReturn", "SFTP, 10 d",
        "alternatives", "Studio Norte, Atlas",
        "transitionContact", "Olivia Ortega");
  }

  private static Map<String, Object> terms() {
    return Map.of(
        "newScope", "20 × A4, 1 × 2026/12",
        "boundaries", "48 h, 2 × 1 h, § 3",
        "communicationChannel", "VIDEO_CALL",
        "checkInCadence", "MONTHLY",
        "newMonthlyFee", 3400);
  }
}
