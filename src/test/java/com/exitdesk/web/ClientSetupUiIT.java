package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientRepository;
import com.exitdesk.client.Contract;
import com.exitdesk.client.Deliverable;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.client.LedgerEntry;
import com.exitdesk.support.BrowserTestSupport;
import com.exitdesk.support.TaskForms;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account manager sets up and keeps a client's record through the UI alone, in Spanish and in
 * English: creates the client, edits it, puts its contract, adds, changes, delivers and removes
 * deliverables, adds a ledger month and corrects it. The API refuses bad input field by field and
 * the page says so under the field, with the field's label in the page's language. The case diagram
 * opens on where the case stands and pans and zooms on a laptop screen. Screenshots land in {@code
 * target/screenshots/<lang>-setup-*.png}.
 */
class ClientSetupUiIT extends BrowserTestSupport {

  /** The sentences the page must show for refused fields, per language. */
  private static final Map<String, Map<String, String>> SAYS =
      Map.of(
          "es",
          Map.of(
              "name", "Nombre: es obligatorio.",
              "email", "Dirección de correo: no es una dirección de correo válida.",
              "reason", "Motivo de la corrección: es obligatorio.",
              "saved", "Datos del cliente guardados.",
              "taken", "Dirección de correo: ya existe un cliente con este correo electrónico."),
          "en",
          Map.of(
              "name", "Name: is required.",
              "email", "Email address: is not a valid email address.",
              "reason", "Why the figures change: is required.",
              "saved", "Client details saved.",
              "taken", "Email address: a client with this email address already exists."));

  @Autowired ClientRepository clientRepository;
  @Autowired AuditTrail audit;

  @Test
  void anAccountManagerSetsUpAndKeepsAClientWithoutTheApi() throws Exception {
    for (String lang : List.of("es", "en")) {
      int n = nextNumber();
      String name = (lang.equals("es") ? "Talleres Brisa " : "Harbour Lane ") + n;
      browser.open("/");
      browser.script("localStorage.setItem('exitdesk.language', arguments[0])", lang);
      browser.signIn("olivia");

      // A new client: the API refuses a missing name and a malformed address, field by field.
      browser.open("/#/clients");
      browser.waitFor(By.id("portfolio-legend"));
      browser.screenshot(lang + "-setup-01-clients");
      type(By.id("new-client-email"), "not-an-address");
      browser.waitFor(By.id("create-client")).click();
      assertThat(errorOf("new-client-name")).isEqualTo(SAYS.get(lang).get("name"));
      assertThat(errorOf("new-client-email")).isEqualTo(SAYS.get(lang).get("email"));
      assertThat(
              browser.driver().findElement(By.id("new-client-email")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      browser.script("document.getElementById('new-client-form').scrollIntoView()");
      browser.screenshot(lang + "-setup-02-new-client-refused");
      assertThat(clientRepository.findAll()).noneMatch(c -> c.getName().equals(name));
      type(By.id("new-client-name"), name);
      type(By.id("new-client-contactName"), "Ana López");
      // An address another client has: said under the field too.
      type(By.id("new-client-email"), profitableClient().getEmail().toUpperCase());
      browser.driver().findElement(By.id("create-client")).click();
      assertThat(errorOf("new-client-email")).isEqualTo(SAYS.get(lang).get("taken"));
      type(By.id("new-client-email"), "setup" + n + "@test.example");
      select("new-client-locale", lang);
      select("new-client-primaryChannel", "VIDEO_CALL");
      browser.driver().findElement(By.id("create-client")).click();
      browser.waitUntil(d -> d.getCurrentUrl().matches(".*#/clients/\\d+$"));
      Client client =
          clientRepository.findAll().stream()
              .filter(c -> c.getName().equals(name))
              .findFirst()
              .orElseThrow();
      long id = client.getId();
      assertThat(client.getContactName()).isEqualTo("Ana López");
      assertThat(client.getLocale()).isEqualTo(lang);
      assertThat(client.getPrimaryChannel().name()).isEqualTo("VIDEO_CALL");
      browser.waitFor(By.id("edit-client"));

      // Its details: a new name, another contact person.
      browser.waitFor(By.id("edit-client-toggle")).click();
      type(By.id("edit-client-name"), name + " Norte");
      type(By.id("edit-client-contactName"), "Luis Prieto");
      saveAndAwaitNotice(By.id("save-client"));
      assertThat(browser.waitFor(By.id("client-notice")).getText())
          .isEqualTo(SAYS.get(lang).get("saved"));
      assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith(name + " Norte");
      Client edited = clients.get(id);
      assertThat(edited.getName()).isEqualTo(name + " Norte");
      assertThat(edited.getContactName()).isEqualTo("Luis Prieto");

      // The contract: the end's picker starts the day after the start.
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate start = today.minusMonths(6);
      LocalDate end = today.plusMonths(18);
      browser.waitFor(By.id("edit-contract-toggle")).click();
      setValue(By.id("contract-startDate"), start.toString());
      assertThat(attribute("contract-endDate", "min")).isEqualTo(start.plusDays(1).toString());
      assertThat(attribute("contract-startDate", "max")).isEqualTo("2199-12-31");
      setValue(By.id("contract-endDate"), end.toString());
      type(By.id("contract-monthlyFee"), "2500");
      type(By.id("contract-noticePeriodDays"), "45");
      type(By.id("contract-earlyTerminationFee"), "1200,50");
      type(
          By.id("contract-terminationClause"),
          lang.equals("es")
              ? "§ 11: preaviso de 45 días por escrito"
              : "§ 11: 45 days' written notice");
      type(By.id("contract-scope"), lang.equals("es") ? "Web y SEO" : "Web and SEO");
      browser.script("document.getElementById('contract-form').scrollIntoView()");
      browser.screenshot(lang + "-setup-03-contract-form");
      saveAndAwaitNotice(By.id("save-contract"));
      Contract contract = clients.contractOf(id).orElseThrow();
      assertThat(contract.getStartDate()).isEqualTo(start);
      assertThat(contract.getEndDate()).isEqualTo(end);
      assertThat(contract.getNoticePeriodDays()).isEqualTo(45);
      assertThat(contract.getEarlyTerminationFee()).isEqualByComparingTo("1200.50");
      assertThat(browser.waitFor(By.id("client-contract")).getText()).contains("§ 11");

      // Deliverables: one added, changed and delivered; another added and removed.
      addDeliverable("Catálogo " + n, today.plusWeeks(4));
      addDeliverable("Migración " + n, today.plusWeeks(6));
      long catalogue = deliverableId(id, "Catálogo " + n);
      long migration = deliverableId(id, "Migración " + n);
      deliverableAction(catalogue, "edit");
      type(By.id("deliverable-" + catalogue + "-title"), "Catálogo 2027 " + n);
      setValue(By.id("deliverable-" + catalogue + "-dueDate"), today.plusWeeks(5).toString());
      saveAndAwaitNotice(By.cssSelector("#deliverable-" + catalogue + "-edit button[type=submit]"));
      deliverableAction(catalogue, "deliver");
      assertThat(attribute("deliverable-" + catalogue + "-deliveredOn", "max"))
          .isEqualTo(today.toString());
      type(By.id("deliverable-" + catalogue + "-deliveryNotes"), "SFTP");
      browser.screenshot(lang + "-setup-04-deliverable-delivery");
      saveAndAwaitNotice(
          By.cssSelector("#deliverable-" + catalogue + "-delivery button[type=submit]"));
      deliverableAction(migration, "remove");
      saveAndAwaitNotice(
          By.cssSelector(
              "li[data-deliverable='" + migration + "'] [data-action='confirm-remove']"));
      List<Deliverable> owed = clients.deliverablesOf(id);
      assertThat(owed).hasSize(1);
      assertThat(owed.getFirst().getTitle()).isEqualTo("Catálogo 2027 " + n);
      assertThat(owed.getFirst().getDueDate()).isEqualTo(today.plusWeeks(5));
      assertThat(owed.getFirst().getStatus()).isEqualTo(DeliverableStatus.DONE);
      assertThat(owed.getFirst().getDeliveryNotes()).isEqualTo("SFTP");
      assertThat(
              browser.all(By.cssSelector("li[data-deliverable='" + catalogue + "'] [data-action]")))
          .as("delivered work is history: no action on it")
          .isEmpty();

      // The ledger: a month added, then corrected with its reason (refused without one).
      String month = YearMonth.from(today).minusMonths(1).toString();
      browser.waitFor(By.id("add-month-toggle")).click();
      assertThat(attribute("ledger-month", "max")).isEqualTo(YearMonth.from(today).toString());
      setValue(By.id("ledger-month"), month);
      type(By.id("ledger-revenue"), "3000");
      type(By.id("ledger-cost"), "1800");
      type(By.id("ledger-hours"), "24,5");
      saveAndAwaitNotice(By.id("add-month-submit"));
      browser
          .waitFor(By.cssSelector("#client-ledger tr[data-month='" + month + "'] button"))
          .click();
      String prefix = "ledger-" + month;
      type(By.id(prefix + "-revenue"), "2750");
      browser.waitFor(By.cssSelector("#" + prefix + "-correction button[type=submit]")).click();
      assertThat(errorOf(prefix + "-reason")).isEqualTo(SAYS.get(lang).get("reason"));
      browser.screenshot(lang + "-setup-05-ledger-correction-refused");
      assertThat(ledger(id, month).getRevenue()).isEqualByComparingTo("3000");
      type(By.id(prefix + "-reason"), "Nota de abono 17 / credit note 17");
      saveAndAwaitNotice(By.cssSelector("#" + prefix + "-correction button[type=submit]"));
      assertThat(ledger(id, month).getRevenue()).isEqualByComparingTo("2750");
      assertThat(ledger(id, month).getHours()).isEqualByComparingTo("24.5");
      assertThat(audit.forClient(id))
          .anyMatch(
              e ->
                  e.getType() == AuditType.LEDGER_CORRECTED
                      && e.getActor().equals("olivia")
                      && e.getDetails().contains("\"previousRevenue\":\"3000.00\""));
      browser.script("window.scrollTo(0, 0)");
      browser.screenshot(lang + "-setup-06-client");
      browser.script("document.getElementById('ledger').scrollIntoView()");
      browser.screenshot(lang + "-setup-07-client-ledger");
      assertThat(browser.consoleErrors())
          .as("only the refusals the test asked for")
          .allMatch(e -> e.contains(" 400 ") || e.contains(" 409 "));
      browser.signOut();
    }
  }

  @Test
  void whileAnExitFinishesTheDeliverablesThePageOffersNoChangeToThem() throws Exception {
    Client client = profitableClient();
    deliverable(client, "Kit " + client.getId());
    long caseId = caseFromThreeStrikes(client);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("EXIT"));
    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, TaskForms.approve());
    awaitTask(caseId, COMPLETE_DELIVERABLE);

    browser.open("/");
    browser.script("localStorage.setItem('exitdesk.language', 'es')");
    browser.signIn("olivia");
    browser.open("/#/clients/" + client.getId());
    assertThat(browser.waitFor(By.id("deliverables-held")).getText()).contains("#" + caseId);
    assertThat(browser.all(By.cssSelector("#client-deliverables [data-action]"))).isEmpty();
  }

  @Test
  void theCaseDiagramOpensOnWhereTheCaseStandsAndPansAndZoomsOnALaptop() throws Exception {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    awaitTask(caseId, REVIEW_CONTRACT);
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    for (String lang : List.of("es", "en")) {
      browser.open("/");
      browser.script("localStorage.setItem('exitdesk.language', arguments[0])", lang);
      browser.signIn("olivia");
      browser.open("/#/cases/" + caseId);
      browser.waitFor(By.cssSelector("#case-diagram svg"));
      browser.waitFor(By.id("diagram-zoom-in"));
      browser.script("document.getElementById('case-diagram').scrollIntoView({block: 'center'})");

      double opening = scale();
      assertThat(opening).as("opens at a zoom that reads").isBetween(0.75, 1.0);
      assertThat(currentStepInView()).as("the current step is in view").isTrue();
      browser.screenshot(lang + "-setup-08-case-diagram-1366x768");

      browser.driver().findElement(By.id("diagram-zoom-in")).click();
      browser.waitUntil(d -> scale() > opening * 1.2);
      browser.driver().findElement(By.id("diagram-zoom-out")).click();
      browser.driver().findElement(By.id("diagram-zoom-out")).click();
      browser.waitUntil(d -> scale() < opening);

      String before = transform();
      WebElement canvas = browser.driver().findElement(By.id("case-diagram"));
      new Actions(browser.driver())
          .moveToElement(canvas, 40, 40)
          .clickAndHold()
          .moveByOffset(120, 0)
          .moveByOffset(120, 40)
          .release()
          .perform();
      browser.waitUntil(d -> !transform().equals(before));

      browser.driver().findElement(By.id("diagram-fit")).click();
      browser.waitUntil(d -> scale() < opening);
      browser.screenshot(lang + "-setup-09-case-diagram-whole");
      browser.driver().findElement(By.id("diagram-current")).click();
      browser.waitUntil(d -> Math.abs(scale() - opening) < 0.01 && currentStepInView());
      browser.signOut();
    }
  }

  private void type(By field, String text) {
    WebElement input = browser.waitFor(field);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Date and month pickers take their value as the API writes it, whatever the browser's locale.
   */
  private void setValue(By field, String value) {
    WebElement input = browser.waitFor(field);
    browser.script(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        input,
        value);
  }

  private void select(String id, String value) {
    browser.script(
        "const s = document.getElementById(arguments[0]); s.value = arguments[1];"
            + "s.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }

  private String attribute(String id, String name) {
    return browser.waitFor(By.id(id)).getAttribute(name);
  }

  private String errorOf(String fieldId) {
    return browser.waitFor(By.id(fieldId + "-error")).getText();
  }

  /** Submits, then waits for the re-rendered page's notice of what the change did. */
  private void saveAndAwaitNotice(By submit) {
    browser.script("document.getElementById('client-notice')?.remove()");
    browser.waitFor(submit).click();
    browser.waitFor(By.id("client-notice"));
  }

  private void addDeliverable(String title, LocalDate due) {
    WebElement toggle = browser.waitFor(By.id("add-deliverable-toggle"));
    if (browser.driver().findElement(By.id("add-deliverable")).getAttribute("open") == null) {
      toggle.click();
    }
    type(By.id("deliverable-title"), title);
    setValue(By.id("deliverable-dueDate"), due.toString());
    saveAndAwaitNotice(By.id("add-deliverable-submit"));
  }

  private void deliverableAction(long deliverable, String action) {
    browser
        .waitFor(
            By.cssSelector(
                "li[data-deliverable='" + deliverable + "'] [data-action='" + action + "']"))
        .click();
  }

  private long deliverableId(long clientId, String title) {
    return clients.deliverablesOf(clientId).stream()
        .filter(d -> d.getTitle().equals(title))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private LedgerEntry ledger(long clientId, String month) {
    return clientLedger.ledgerOf(clientId).stream()
        .filter(e -> e.getMonth().equals(month))
        .findFirst()
        .orElseThrow();
  }

  private String transform() {
    return (String)
        browser.script(
            "return document.querySelector('#case-diagram svg g.viewport').getAttribute('transform') ?? '';");
  }

  /** The diagram's zoom, read from the viewport's transform as the browser parsed it. */
  private double scale() {
    return ((Number)
            browser.script(
                "const m = document.querySelector('#case-diagram svg g.viewport')"
                    + ".transform.baseVal.consolidate();"
                    + "return m ? m.matrix.a : 1;"))
        .doubleValue();
  }

  /** The marked current step lies inside the diagram's box and the browser window. */
  private boolean currentStepInView() {
    return (Boolean)
        browser.script(
            "const step = document.querySelector('#case-diagram .djs-element.current');"
                + "const box = document.getElementById('case-diagram').getBoundingClientRect();"
                + "if (!step) return false;"
                + "const r = step.getBoundingClientRect();"
                + "return r.left >= box.left && r.right <= box.right && r.top >= box.top"
                + " && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;");
  }
}
