package com.exitdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.client.Client;
import com.exitdesk.engine.StuckJobLog;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.messaging.OutboxStatus;
import com.exitdesk.support.BrowserTestSupport;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations page in headless Chromium: the mail server is down when a termination notice falls
 * due, the step runs out of retries, and a manager retries it from the page once the server is
 * back; the client receives the notice once. Screenshots in English and Spanish.
 */
class OperationsPageIT extends BrowserTestSupport {

  @Autowired GreenMail smtp;
  @Autowired StuckJobLog stuckJobs;

  @Test
  void aNoticeStuckByAMailOutageIsRetriedFromTheOperationsPageAndSentOnce() throws Exception {
    Client client = profitableClient();
    long caseId = caseInCoolingOff(client);

    smtp.stop();
    StuckJobLog.StuckJob job;
    try {
      moveClock(Duration.ofHours(24).plusMinutes(1));
      job =
          await()
              .atMost(Duration.ofSeconds(40))
              .until(
                  () ->
                      stuckJobs.open().stream()
                          .filter(j -> Long.valueOf(caseId).equals(j.caseId()))
                          .findFirst()
                          .orElse(null),
                  j -> j != null);
    } finally {
      smtp.start();
    }

    browser.signIn("maria");
    browser.open("/#/operations");
    browser.waitFor(By.cssSelector("#ops-jobs-table tr[data-job='" + job.jobKey() + "']"));
    assertThat(browser.waitFor(By.id("ops-jobs")).getText())
        .contains("Send the termination notice");
    browser.screenshot("13-operations-step-out-of-retries");

    browser.script(
        "const lang = document.getElementById('lang'); lang.value = 'es';"
            + " lang.dispatchEvent(new Event('change'));");
    browser.waitUntil(
        d -> d.findElement(By.cssSelector("#main h1")).getText().equals("Operaciones"));
    browser.waitFor(By.cssSelector("#ops-jobs-table tr[data-job='" + job.jobKey() + "']"));
    assertThat(browser.waitFor(By.id("ops-jobs")).getText())
        .contains("Enviar el aviso de finalización");
    browser.screenshot("14-operaciones-paso-sin-reintentos");

    browser.waitFor(By.id("retry-" + job.jobKey())).click();
    assertThat(browser.waitFor(By.id("operations-done")).getText())
        .as("what the retry did, said in Spanish")
        .isIn(
            "Hecho: El paso tiene nuevos reintentos y el motor lo vuelve a ejecutar.",
            "Hecho: El paso se ha iniciado de nuevo.");
    browser.waitFor(By.id("ops-jobs-empty"));
    browser.screenshot("15-operaciones-reintentado");

    await()
        .atMost(WAIT)
        .until(
            () -> messages(caseId, MessageKind.TERMINATION_NOTICE),
            list -> list.size() == 1 && list.get(0).getStatus() == OutboxStatus.SENT);
    assertThat(messages(caseId, MessageKind.TERMINATION_NOTICE))
        .extracting(OutboxMessage::getStatus)
        .containsExactly(OutboxStatus.SENT);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(Arrays.stream(received).filter(m -> recipient(m).equals(client.getEmail())).count())
        .as("the notice reached the client once")
        .isEqualTo(1);

    browser.script(
        "const lang = document.getElementById('lang'); lang.value = 'en';"
            + " lang.dispatchEvent(new Event('change'));");
    browser.waitUntil(
        d -> d.findElement(By.cssSelector("#main h1")).getText().equals("Operations"));
    browser.waitFor(By.id("ops-jobs-empty"));
    browser.screenshot("16-operations-nothing-stuck");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      return "";
    }
  }
}
