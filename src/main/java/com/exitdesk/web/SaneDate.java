package com.exitdesk.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a business record can hold: from 1900 to 2199. Year 99999 parses as ISO-8601, but no
 * contract or deliverable runs then, and such a date breaks sorting, letters and the database.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SaneDate.Check.class)
public @interface SaneDate {

  LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  LocalDate LATEST = LocalDate.of(2199, 12, 31);

  String message() default "must be between 1900-01-01 and 2199-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null passes: {@code @NotNull} says whether the date is required. */
  class Check implements ConstraintValidator<SaneDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
      return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }
  }
}
