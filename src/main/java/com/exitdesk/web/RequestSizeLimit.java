package com.exitdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * Refuses request bodies over 1 MiB, however they are sent: with a Content-Length over the limit
 * before anything reads them, and a chunked body by counting the bytes as it is read, never holding
 * more than the limit. No form or record of the API comes near that size; a larger body is a
 * mistake or an attempt to exhaust memory. A JSON body must also be well-formed UTF-8: an overlong
 * or truncated sequence is refused rather than decoded into something else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final ObjectMapper json;

  RequestSizeLimit(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    String type = request.getContentType();
    boolean form =
        type != null
            && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    // Form posts (the sign-in) are parsed by the container, capped by
    // server.tomcat.max-http-form-post-size; every other body is read here, at most 1 MiB.
    if (form || !mayHaveBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
    if (body == null) {
      tooLarge(response);
      return;
    }
    if (type != null && type.contains("json") && !isUtf8(body)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, "body is not valid UTF-8 (malformed or overlong bytes)");
      problem.setTitle("Invalid input");
      problem.setProperty(
          "errors", List.of(Map.of("field", "body", "message", "must be valid UTF-8")));
      write(response, HttpStatus.BAD_REQUEST, problem);
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private static boolean mayHaveBody(HttpServletRequest request) {
    return switch (request.getMethod()) {
      case "GET", "HEAD", "OPTIONS", "TRACE" -> request.getContentLengthLong() > 0;
      default -> true;
    };
  }

  /** The whole stream, or null when it holds more than {@code limit} bytes. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB");
    problem.setTitle("Request too large");
    problem.setProperty(
        "errors", List.of(Map.of("field", "body", "message", "must be at most 1 MiB")));
    // The rest of the body is not read; the connection closes rather than swallowing it.
    response.setHeader("Connection", "close");
    write(response, HttpStatus.PAYLOAD_TOO_LARGE, problem);
  }

  private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The request with its body already read (and checked) into memory. */
  private static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("Bodies are read before the request goes on");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              getCharacterEncoding() == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
