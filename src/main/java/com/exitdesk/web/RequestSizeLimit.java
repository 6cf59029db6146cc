package com.exitdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB before anything reads them. No form or record of the API comes
 * near that size; a larger body is a mistake or an attempt to exhaust memory, and JSON bodies have
 * no limit of their own in the servlet container.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  static final long MAX_BODY_BYTES = 1024 * 1024;

  private final ObjectMapper json;

  RequestSizeLimit(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB");
      problem.setTitle("Request too large");
      problem.setProperty(
          "errors", List.of(Map.of("field", "body", "message", "must be at most 1 MiB")));
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      // The body is not read; the connection closes rather than swallowing it.
      response.setHeader("Connection", "close");
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
  }
}
