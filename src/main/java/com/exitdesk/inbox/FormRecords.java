package com.exitdesk.inbox;

import com.exitdesk.shared.InvalidInputException.FieldError;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The business rules of a task's submission that its form cannot declare (dates against today,
 * rules across fields or with the case), one record per form with Bean Validation constraints,
 * contributed by the module that owns the form. The form's own rules have been applied before: a
 * record sees only well-typed values.
 */
final class FormRecords {

  /** By form id; a form without a record is decided by its own rules alone. */
  private final Map<String, Class<? extends Record>> byFormId;

  private final ObjectMapper json;
  private final Validator validator;

  FormRecords(Clock clock, List<SubmissionRules> owners) {
    Map<String, Class<? extends Record>> records = new HashMap<>();
    for (SubmissionRules owner : owners) {
      owner
          .formRecords()
          .forEach(
              (formId, type) -> {
                if (records.putIfAbsent(formId, type) != null) {
                  throw new IllegalStateException(
                      "Two records for form " + formId + ": " + records.get(formId) + ", " + type);
                }
              });
    }
    this.byFormId = Map.copyOf(records);
    // A number the form allows with decimals never reaches a whole-number component truncated.
    this.json =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> clock.withZone(ZoneOffset.UTC))
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * The problems of a submission that passed its form's rules. A component named like a field of
   * the form takes the submitted value (absent when the form hid it, never an older value of the
   * case); any other component is a fact of the case, from the task's variables.
   */
  List<FieldError> check(
      String formId,
      Set<String> formFields,
      Map<String, Object> accepted,
      Map<String, Object> taskVariables) {
    Class<? extends Record> type = byFormId.get(formId);
    if (type == null) {
      return List.of();
    }
    Map<String, Object> values = new HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      values.put(name, formFields.contains(name) ? accepted.get(name) : taskVariables.get(name));
    }
    Record submission = json.convertValue(values, type);
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<Record> violation : validator.validate(submission)) {
      errors.add(problem(violation));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
    return errors;
  }

  Map<String, Class<? extends Record>> byFormId() {
    return byFormId;
  }

  private static FieldError problem(ConstraintViolation<Record> violation) {
    Map<String, Object> rule = violation.getConstraintDescriptor().getAttributes();
    String field =
        rule.get("field") instanceof String named ? named : violation.getPropertyPath().toString();
    if (!(rule.get("code") instanceof String code)) {
      // A standard constraint: its message names its code, as for every other input.
      return new FieldError(field, violation.getMessage());
    }
    Object limit =
        violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
    return new FieldError(field, code, limit, violation.getMessage());
  }
}
