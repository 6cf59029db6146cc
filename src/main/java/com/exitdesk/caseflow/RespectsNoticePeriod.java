package com.exitdesk.caseflow;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The exit date of a contract review leaves the notice period from today, unless an early
 * termination was agreed with the client. Today comes from Bean Validation's clock, which is the
 * application's; the earliest date allowed travels as the problem's {@code limit}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RespectsNoticePeriod.Check.class)
@interface RespectsNoticePeriod {

  String code() default "within-notice-period";

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<RespectsNoticePeriod, ReviewContractSubmission> {
    @Override
    public boolean isValid(ReviewContractSubmission review, ConstraintValidatorContext context) {
      LocalDate today =
          LocalDate.ofInstant(context.getClockProvider().getClock().instant(), ZoneOffset.UTC);
      LocalDate exitDate = review.exitDate();
      // A date in the past has its own, plainer problem (@FutureOrPresent).
      if (exitDate == null || exitDate.isBefore(today) || review.earlyTerminationAgreed()) {
        return true;
      }
      int notice = review.noticePeriod();
      LocalDate earliest = today.plusDays(notice);
      if (!exitDate.isBefore(earliest)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .unwrap(HibernateConstraintValidatorContext.class)
          .withDynamicPayload(earliest.toString())
          .buildConstraintViolationWithTemplate(
              ("must be on or after %s: the contract's notice period of %d days runs from today."
                      + " Choose a later date (the end of the current term is best), or record"
                      + " that an early termination was agreed with the client, with its fee")
                  .formatted(earliest, notice))
          .addPropertyNode("exitDate")
          .addConstraintViolation();
      return false;
    }
  }
}
