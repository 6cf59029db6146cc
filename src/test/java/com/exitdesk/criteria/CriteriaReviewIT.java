package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.support.BrowserTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager reviews the criteria in each language: the figures of the period beside the form, the
 * outcome chosen and sent, the review recorded. Screenshots {@code <lang>-criteria-review.png} in
 * {@code target/screenshots}.
 */
class CriteriaReviewIT extends BrowserTestSupport {

  @Autowired CriteriaReviews reviews;
  @Autowired CriteriaReviewRepository reviewRepository;

  @Test
  void aManagerReviewsTheCriteriaInEachLanguage() throws Exception {
    long caseId = caseInCoolingOff(profitableClient());
    cases.withdraw(caseId, "The client apologised in person", "mateo");
    awaitCase(caseId, c -> c.getStatus() == CaseStatus.WITHDRAWN);

    for (String lang : List.of("es", "en")) {
      signIn("maria", lang);
      long id;
      if (lang.equals("en")) {
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
          .contains(es ? "Desde el primer caso" : "Cases that ended: 0");
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
