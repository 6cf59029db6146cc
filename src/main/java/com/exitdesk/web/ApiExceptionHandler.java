package com.exitdesk.web;

import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.EngineUnavailableException;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as an RFC 9457 problem detail; bad input names the offending fields. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.getCode());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.getCode());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "Someone else changed this at the same moment; reload and try again",
        "concurrent-change");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail duplicate(DataIntegrityViolationException e) {
    return problem(
        HttpStatus.CONFLICT, "Conflict", "This would duplicate an existing record", "duplicate");
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), e.getCode());
    e.getProperties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler(EngineUnavailableException.class)
  ProblemDetail engineUnavailable(EngineUnavailableException e) {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Process engine unavailable",
        e.getMessage(),
        "engine-unavailable");
  }

  @ExceptionHandler(IdempotencyKeys.KeyReusedException.class)
  ProblemDetail keyReused(IdempotencyKeys.KeyReusedException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "Idempotency key reused",
            e.getMessage(),
            "idempotency-key-reused");
    problem.setProperty(
        "errors",
        List.of(new InvalidInputException.FieldError(IdempotencyKeys.HEADER, e.getMessage())));
    return problem;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalidInput(e.getErrors());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    return invalidInput(
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new InvalidInputException.FieldError(
                        lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalidInput(
        List.of(new InvalidInputException.FieldError(e.getName(), "has an invalid value")));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidInputException.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
            .collect(Collectors.toList());
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(
            g ->
                errors.add(
                    new InvalidInputException.FieldError(
                        g.getObjectName(), g.getDefaultMessage())));
    return ResponseEntity.badRequest().body(invalidInput(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    InvalidInputException.FieldError error;
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      error =
          new InvalidInputException.FieldError(unknown.getPropertyName(), "is not a known field");
    } else if (e.getCause() instanceof InvalidFormatException format) {
      error = new InvalidInputException.FieldError(path(format), "has an invalid value");
    } else if (e.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      error = new InvalidInputException.FieldError(path(mapping), "has the wrong type");
    } else if (e.getCause() instanceof InputCoercionException overflow
        && overflow.getProcessor() instanceof JsonParser parser
        && currentName(parser) != null) {
      error = new InvalidInputException.FieldError(currentName(parser), "is out of range");
    } else {
      error = new InvalidInputException.FieldError("body", "is not valid JSON");
    }
    return ResponseEntity.badRequest().body(invalidInput(List.of(error)));
  }

  /** Spring's own answers (405, 415, an unknown path …) carry a code too: {@code http-<status>}. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, statusCode, request);
    if (response != null
        && response.getBody() instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
      problem.setProperty("code", "http-" + statusCode.value());
    }
    return response;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String currentName(JsonParser parser) {
    return parser.getParsingContext().getCurrentName();
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  private static ProblemDetail invalidInput(List<InvalidInputException.FieldError> errors) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid input",
            errors.stream()
                .map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; ")),
            "invalid-input");
    if (errors.size() == 1) {
      problem.setProperty("field", errors.getFirst().field());
    }
    problem.setProperty("errors", errors);
    return problem;
  }

  /**
   * A problem detail with a stable {@code code} the UI turns into its own sentence in the user's
   * language; {@code detail} stays English, for API clients.
   */
  private static ProblemDetail problem(
      HttpStatus status, String title, String detail, String code) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("code", code);
    return problem;
  }
}
