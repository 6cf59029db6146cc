package com.exitdesk.inbox;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business rule of a task's submission that a form cannot declare, because it reads several
 * fields or the case: put on a {@code boolean isSomething()} method of the form's record (which the
 * task's owner contributes through {@link SubmissionRules#formRecords()}), which holds when the
 * submission is acceptable. The problem is reported on {@link #field()} with the stable {@link
 * #code()} the UI words in both languages.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubmissionRule.Check.class)
public @interface SubmissionRule {

  /** The form field the user corrects. */
  String field();

  /** The problem's code, as in frontend/src/words.js {@code problem.field.<code>}. */
  String code();

  /** English words for API clients. */
  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<SubmissionRule, Boolean> {
    @Override
    public boolean isValid(Boolean holds, ConstraintValidatorContext context) {
      return Boolean.TRUE.equals(holds);
    }
  }
}
