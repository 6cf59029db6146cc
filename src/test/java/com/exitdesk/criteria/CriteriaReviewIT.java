package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.support.BrowserTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager reviews the criteria in each language: the figures of the period beside the form (with
 * strikes per client against profitability), the decision table below them with the rules that
 * fired and each case's rule picked out, the outcome chosen and sent, the review recorded.
 * Screenshots {@code <lang>-criteria-review.png}, {@code <lang>-criteria-review-decision-table.png}
 * and {@code <lang>-criteria-review-portfolio.png} in {@code target/screenshots}.
 */
class CriteriaReviewIT extends BrowserTestSupport {

  @Autowired CriteriaReviews reviews;
  @Autowired CriteriaReviewRepository reviewRepository;

  @Test
  void aManagerReviewsTheCriteriaInEachLanguage() throws Exception {
    Client withdrawn = profitableClient();
    long caseId = caseInCoolingOff(withdrawn);
    cases.withdraw(caseId, "The client apologised in person", "mateo");
    awaitCase(caseId, c -> c.getStatus() == CaseStatus.WITHDRAWN);

    for (String lang : List.of("es", "en")) {
      signIn("maria", lang);
      // The log is read once per pass: a poll of the previous pass's task page that was in flight
      // when it signed out answers 401, and belongs to no page of this pass.
      browser.consoleErrors();
      long id;
      Client client = withdrawn;
      long periodCase = caseId;
      if (lang.equals("en")) {
        // A case of the second period: one strike on a profitable account, retained.
        client = profitableClient();
        strike(client, WarningSign.MINIMAL_COMMUNICATION);
        periodCase = cases.open(client.getId(), "Tense call", "olivia").getId();
        awaitCase(periodCase, c -> c.getStatus() == CaseStatus.RETAINED);
        // Started from the operations page, as a manager would between the regular reviews.
        browser.open("/#/operations");
        browser
            .waitFor(By.cssSelector("#criteria-review-form textarea"))
            .sendKeys("Two exits came late");
        browser.waitFor(By.id("start-criteria-review")).click();
        browser.waitFor(By.id("criteria-review-started"));
        id = reviewRepository.findByOpenMarkerNotNull().orElseThrow().getId();
        browser.waitFor(By.cssSelector("#criteria-review-form textarea")).sendKeys("Once more");
        browser.waitFor(By.id("start-criteria-review")).click();
        assertThat(browser.waitFor(By.id("criteria-review-refused")).getText())
            .as("a second review while one is open")
            .contains("already open");
      } else {
        id = reviews.start("mateo", "Quarterly check of the rules").getId();
      }
      InboxTask task = reviewTask(id);
      browser.open("/#/tasks/" + task.getId());
      WebElement figures = browser.waitFor(By.id("review-figures"));
      WebElement form = browser.waitFor(By.cssSelector("#task-form .fjs-form"));
      boolean es = lang.equals("es");
      assertThat(figures.getText())
          .contains(es ? "Cifras del periodo" : "Figures of the period")
          .contains(es ? "Salida retirada" : "Withdrawn")
          // The first review runs from the first case; the next from where the first ended.
          .contains(es ? "Desde el primer caso" : "Cases that ended: 1");
      String rule = caseOf(periodCase).getAssessment().matchedRule();
      assertThat(rule).as("the rule that fired for the case of the period").isNotNull();
      Client shown = client;
      WebElement portfolio = browser.waitFor(By.id("review-portfolio"));
      assertThat(figures.getText())
          .contains(
              es
                  ? "Incidencias por cliente frente a rentabilidad"
                  : "Strikes per client against profitability");
      WebElement clientRow =
          portfolio.findElements(By.cssSelector("tbody tr")).stream()
              .filter(row -> row.getText().startsWith(shown.getName()))
              .findFirst()
              .orElseThrow();
      // Three strikes opened the first case; one the second. Both accounts keep a 50 % margin.
      assertThat(clientRow.findElements(By.tagName("td")).get(1).getText())
          .isEqualTo(es ? "3" : "1");
      assertThat(clientRow.getText()).contains(es ? "50,0 %" : "50.0 %");
      if (!es) {
        assertThat(clientRow.getText()).as("moved since the first review").contains("0.0 pts");
      }

      browser.waitFor(By.cssSelector("#decision-table .tjs-table"));
      WebElement table = browser.waitFor(By.id("decision-table"));
      browser.waitUntil(
          d -> !d.findElements(By.cssSelector("#decision-table tr.rule-fired")).isEmpty());
      assertThat(table.getText())
          .contains(es ? "Evaluar la relación" : "Assess the relationship")
          .contains(es ? "Abuso denunciado" : "Abuse reported")
          .contains(es ? "Regla" : "Rule")
          .contains(es ? "Política de acierto" : "Hit policy")
          .contains(
              es
                  ? "El abuso verbal es la excepción al beneficio de la duda"
                  : "Verbal abuse is the exception to the benefit of the doubt");
      // Other tests' cases may end in the same period: the counts come from the review's figures.
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ruleCounts =
          (List<Map<String, Object>>)
              reviews.figuresOf(reviewRepository.findById(id).orElseThrow()).get("rules");
      Map<String, Number> casesByRule = new HashMap<>();
      ruleCounts.stream()
          .filter(r -> r.get("rule") != null)
          .forEach(r -> casesByRule.put((String) r.get("rule"), (Number) r.get("cases")));
      assertThat(casesByRule).containsKey(rule);
      List<WebElement> fired = browser.all(By.cssSelector("#decision-table tr.rule-fired"));
      assertThat(fired).as("each rule that fired is highlighted").hasSize(casesByRule.size());
      WebElement ruleRow =
          fired.stream()
              .filter(
                  row ->
                      rule.equals(
                          row.findElement(By.cssSelector("td.rule-index"))
                              .getDomAttribute("data-row-id")))
              .findFirst()
              .orElseThrow();
      assertThat(ruleRow.getText()).contains("×" + casesByRule.get(rule).longValue());
      WebElement caseRow =
          browser.waitFor(By.cssSelector("#review-case-rules tr[data-case='" + periodCase + "']"));
      caseRow.findElement(By.tagName("button")).click();
      browser.waitUntil(
          d ->
              d
                  .findElements(By.cssSelector("#decision-table tr.rule-selected td.rule-index"))
                  .stream()
                  .anyMatch(cell -> rule.equals(cell.getDomAttribute("data-row-id"))));
      assertThat(caseRow.getDomAttribute("class")).contains("case-selected");
      browser.script(
          "document.querySelector('#decision-table tr.rule-selected')"
              + ".scrollIntoView({block: 'center'})");
      browser.screenshot(lang + "-criteria-review-decision-table");
      browser.script("arguments[0].scrollIntoView({block: 'center'})", portfolio);
      browser.screenshot(lang + "-criteria-review-portfolio");
      browser.script("window.scrollTo(0, 0)");
      browser.waitUntil(
          d -> form.getText().contains(es ? "incidencia número 3" : "strike number 3"));
      WebElement keep =
          browser.waitFor(
              By.xpath(
                  "//div[@id='task-form']//label[contains(., '"
                      + (es ? "Mantener los criterios" : "Keep the criteria")
                      + "')]"));
      keep.click();
      WebElement note = browser.waitFor(By.cssSelector("#task-form textarea[id*='dmnNote']"));
      note.sendKeys(
          es
              ? "Añadir a la tabla una regla para los clientes que nunca responden."
              : "Add a rule for clients who never answer.");
      browser.screenshot(lang + "-criteria-review");
      browser.waitFor(By.id("complete-task")).click();
      browser.waitFor(By.cssSelector("#task-feedback .ok"));
      CriteriaReview done =
          await()
              .atMost(WAIT)
              .until(() -> reviewRepository.findById(id).orElseThrow(), r -> !r.isOpen());
      assertThat(done.getDecision()).isEqualTo("KEEP");
      assertThat(done.getCompletedBy()).isEqualTo("maria");
      assertThat(done.getDmnNote()).startsWith(es ? "Añadir" : "Add");
      assertThat(browser.consoleErrors())
          .as("nothing failed but the second review the page was asked for")
          .allMatch(error -> error.contains("/api/criteria-reviews") && error.contains("409"));
      browser.signOut();
    }
  }

  private InboxTask reviewTask(long reviewId) {
    return ReviewTasks.awaitReviewTask(inbox, reviewRepository, reviewId, WAIT);
  }
}
