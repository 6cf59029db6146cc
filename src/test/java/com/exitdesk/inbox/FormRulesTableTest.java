package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.exitdesk.shared.InvalidInputException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deployed form, by its own rules: a valid submission per form (and per branch its conditions
 * open) passes; breaking any rule the form declares gives that rule's code on that field; a field
 * the form hides is not required, and a value for it is refused.
 */
class FormRulesTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormValidator VALIDATOR =
      new FormValidator(
          Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), TaskOwners.ALL);

  /** A submission the form and its record accept, and the task's variables it was opened with. */
  record Valid(
      String file, String branch, Map<String, Object> variables, Map<String, Object> submitted) {
    @Override
    public String toString() {
      return file + " (" + branch + ")";
    }
  }

  static List<Valid> valid() {
    Map<String, Object> review = new HashMap<>();
    review.put("canTerminateLegally", true);
    review.put("terminationClause", "Clause 9: 30 days' written notice");
    review.put("exitDate", "2027-01-31");
    review.put("noticePeriodDays", 30);
    review.put("earlyTerminationAgreed", false);
    review.put("earlyTerminationFee", 0);
    review.put("refundAmount", 1250.5);
    review.put("reviewDecision", "EXIT");
    review.put("justification", "Repeated scope disputes the team cannot absorb.");
    Map<String, Object> fastExit = new HashMap<>(review);
    fastExit.remove("reviewDecision");
    Map<String, Object> criteria = Map.of("currentThreshold", 3, "currentWindowMonths", 12);
    return List.of(
        new Valid("review-contract.form", "exit", Map.of("recommendation", "EXIT"), review),
        new Valid(
            "review-contract.form", "fast exit", Map.of("recommendation", "FAST_EXIT"), fastExit),
        new Valid(
            "approve-termination.form",
            "approve",
            Map.of(),
            Map.of("approvalDecision", "APPROVE", "approvalComment", "Agreed.")),
        new Valid(
            "approve-termination.form",
            "reject",
            Map.of(),
            Map.of(
                "approvalDecision",
                "REJECT",
                "rejectionOutcome",
                "REPAIR",
                "approvalComment",
                "Not yet.")),
        new Valid(
            "approve-termination.form",
            "approve after a declined repair",
            Map.of("repairOutcome", "PROPOSAL_DECLINED"),
            Map.of(
                "approvalDecision", "APPROVE",
                "approvalComment", "Agreed.",
                "exitJustification", "The workload stays above what the fee covers.")),
        new Valid(
            "complete-deliverable.form",
            "delivered",
            Map.of(),
            Map.of("deliveredOn", "2026-11-24", "deliveryNotes", "Delivered and signed off.")),
        new Valid(
            "correct-client-address.form",
            "corrected",
            Map.of(),
            Map.of("correctedEmail", "ana.lopez@client.example")),
        new Valid(
            "draft-new-terms.form",
            "terms",
            Map.of(),
            Map.of(
                "newScope", "Monthly catalogue updates only, up to 20 pages.",
                "boundaries", "Changes after sign-off are billed as extra work.",
                "communicationChannel", "VIDEO_CALL",
                "checkInCadence", "BIWEEKLY",
                "newMonthlyFee", 3400.25)),
        new Valid(
            "hold-check-in.form",
            "held",
            Map.of(),
            Map.of(
                "checkInOutcome", "HELD",
                "checkInAgreed", "Scope stays within 20 pages.",
                "checkInNextSteps", "Minutes by Monday.")),
        new Valid(
            "hold-check-in.form",
            "client absent",
            Map.of(),
            Map.of(
                "checkInOutcome", "CLIENT_ABSENT",
                "checkInNextSteps", "Call their office.",
                "logMissedCheckInStrike", true)),
        new Valid(
            "lessons-learned.form",
            "retrospective",
            Map.of(),
            Map.of(
                "whatHappened", "Scope grew every month.",
                "ourShare", "We accepted extras without a change request.",
                "missedSigns", List.of("MINIMAL_COMMUNICATION"),
                "warningSignsMissed", "Late answers.",
                "criteriaChange", "None.")),
        new Valid(
            "plan-transition.form",
            "plan",
            Map.of(),
            Map.of(
                "handoverPlan", "Two handover sessions with their new agency.",
                "dataReturn", "Full export within 10 days.",
                "alternatives", "Studio North",
                "transitionContact", "Olivia Ortega")),
        new Valid("review-criteria.form", "keep", criteria, Map.of("criteriaDecision", "KEEP")),
        new Valid(
            "review-criteria.form",
            "change",
            criteria,
            Map.of(
                "criteriaDecision", "CHANGE",
                "strikeThreshold", 2,
                "strikeWindowMonths", 12,
                "changeReason", "Exits came too late: open a review sooner.",
                "dmnNote", "None.")));
  }

  @Test
  void everyDeployedFormHasAValidSubmissionHere() {
    Set<String> covered = new HashSet<>();
    valid().forEach(v -> covered.add(v.file()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(formFiles());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void aValidSubmissionPasses(Valid valid) throws IOException {
    var result = VALIDATOR.validate(form(valid.file()), valid.variables(), valid.submitted());

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsAllEntriesOf(valid.submitted());
  }

  static Stream<Arguments> violations() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (Valid valid : valid()) {
      JsonNode form = form(valid.file());
      Map<String, Object> data = new HashMap<>(valid.variables());
      data.putAll(valid.submitted());
      for (JsonNode field : form.path("components")) {
        String key = field.path("key").asText(null);
        if (key == null) {
          continue;
        }
        JsonNode rules = field.path("validate");
        JsonNode hide = field.path("conditional").path("hide");
        if (hide.isTextual() && FormCondition.parse(hide.asText()).holds(data)) {
          rows.add(
              row(
                  valid,
                  key + " given though hidden",
                  key,
                  someValue(field),
                  key,
                  "not-applicable"));
          continue;
        }
        if (rules.path("required").asBoolean()) {
          rows.add(row(valid, key + " missing", key, null, key, "required"));
          rows.add(row(valid, key + " blank", key, "  ", key, "required"));
        }
        if (rules.path("minLength").asInt() > 1) {
          String tooShort = "x".repeat(rules.path("minLength").asInt() - 1);
          rows.add(row(valid, key + " too short", key, tooShort, key, "too-short"));
        }
        if (field.path("type").asText().startsWith("text")) {
          int max = rules.path("maxLength").asInt(4000);
          rows.add(row(valid, key + " too long", key, "x".repeat(max + 1), key, "too-long"));
          rows.add(row(valid, key + " not text", key, 42, key, "not-text"));
        }
        if ("email".equals(rules.path("validationType").asText())) {
          rows.add(row(valid, key + " not an address", key, "ana at client", key, "email"));
        }
        if (rules.has("min")) {
          BigDecimal below = rules.path("min").decimalValue().subtract(BigDecimal.ONE);
          rows.add(row(valid, key + " below min", key, below, key, "too-small"));
        }
        if (rules.has("max")) {
          BigDecimal above = rules.path("max").decimalValue().add(BigDecimal.ONE);
          rows.add(row(valid, key + " above max", key, above, key, "too-large"));
        }
        if (field.has("decimalDigits")) {
          BigDecimal finer =
              rules
                  .path("min")
                  .decimalValue()
                  .add(BigDecimal.ONE.movePointLeft(field.path("decimalDigits").asInt() + 1));
          rows.add(row(valid, key + " too precise", key, finer, key, "too-many-decimals"));
        }
        if ("number".equals(field.path("type").asText())) {
          rows.add(row(valid, key + " not a number", key, "12", key, "not-a-number"));
        }
        if (field.has("values")) {
          Object notAnOption =
              "checklist".equals(field.path("type").asText()) ? List.of("NO_SUCH") : "NO_SUCH";
          rows.add(row(valid, key + " not an option", key, notAnOption, key, "not-an-option"));
        }
        if ("datetime".equals(field.path("type").asText())) {
          rows.add(row(valid, key + " not a date", key, "2026-02-30", key, "not-a-date"));
        }
      }
      rows.add(row(valid, "an unknown field", "notAField", "x", "notAField", "unknown-field"));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("violations")
  void breakingARuleTheFormDeclaresGivesItsCodeOnItsField(
      Valid valid, String what, Map<String, Object> submitted, String field, String code)
      throws IOException {
    var result = VALIDATOR.validate(form(valid.file()), valid.variables(), submitted);

    assertThat(result.errors())
        .extracting(FieldError::field, FieldError::code)
        .contains(tuple(field, code));
    assertThat(result.variables()).as("nothing refused goes on").doesNotContainKey(field);
  }

  @Test
  void aRequiredFieldTheFormHidesIsNotRequired() throws IOException {
    List<String> hiddenAndRequired = new ArrayList<>();
    for (Valid valid : valid()) {
      Map<String, Object> data = new HashMap<>(valid.variables());
      data.putAll(valid.submitted());
      for (JsonNode field : form(valid.file()).path("components")) {
        JsonNode hide = field.path("conditional").path("hide");
        if (field.path("validate").path("required").asBoolean()
            && hide.isTextual()
            && FormCondition.parse(hide.asText()).holds(data)) {
          assertThat(valid.submitted()).doesNotContainKey(field.path("key").asText());
          hiddenAndRequired.add(valid + ": " + field.path("key").asText());
        }
      }
    }
    // The valid submissions above pass without them (aValidSubmissionPasses).
    assertThat(hiddenAndRequired)
        .contains(
            "review-contract.form (fast exit): reviewDecision",
            "approve-termination.form (approve): rejectionOutcome",
            "hold-check-in.form (client absent): checkInAgreed",
            "review-criteria.form (keep): strikeThreshold",
            "review-criteria.form (keep): changeReason");
  }

  @Test
  void everyFormDeclaresOnlyRulesTheServerEnforces() throws IOException {
    for (String file : formFiles()) {
      FormCatalog.requireEnforceable(form(file));
    }
  }

  private static Arguments row(
      Valid valid, String what, String key, Object value, String field, String code) {
    Map<String, Object> submitted = new HashMap<>(valid.submitted());
    if (value == null) {
      submitted.remove(key);
    } else {
      submitted.put(key, value);
    }
    return Arguments.of(valid, what, submitted, field, code);
  }

  /** A value the field would take if it were shown. */
  private static Object someValue(JsonNode field) {
    return switch (field.path("type").asText()) {
      case "checkbox" -> true;
      case "number" -> 1;
      case "radio", "select" -> field.path("values").get(0).path("value").asText();
      case "checklist" -> List.of(field.path("values").get(0).path("value").asText());
      case "datetime" -> "2026-11-24";
      default -> "Some text long enough.";
    };
  }

  private static List<String> formFiles() {
    List<String> files = new ArrayList<>();
    for (File file : new File("bpmn").listFiles((dir, name) -> name.endsWith(".form"))) {
      files.add(file.getName());
    }
    return files;
  }

  private static JsonNode form(String file) throws IOException {
    return JSON.readTree(new File("bpmn", file));
  }
}
