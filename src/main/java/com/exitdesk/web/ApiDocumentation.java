package com.exitdesk.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API as OpenAPI 3 ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, both for
 * signed-in users): every endpoint springdoc finds, plus what it cannot infer — how to sign in, the
 * RFC 9457 problem detail every error answers with, and the README's worked example.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String PROBLEM = "ProblemDetail";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  OpenAPI exitDeskApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Exit Desk API")
                .version("1")
                .description(
                    "Repair or end a difficult client relationship: clients, incidents (strikes),"
                        + " cases, the task inbox and the messages sent. JSON in and out; every"
                        + " error is an RFC 9457 problem detail, and bad input names each field in"
                        + " `errors` and changes nothing."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "session",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description(
                            "The web UI's session after POST /login; changes also need the"
                                + " X-CSRF-TOKEN header from GET /api/session.")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("session"));
  }

  /** Every API operation documents the problem details it may answer with. */
  @Bean
  OpenApiCustomizer problemDetailsAndExamples() {
    return api -> {
      // Here rather than on the bean: springdoc writes the schemas it infers over the bean's.
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths()
          .forEach(
              (path, item) -> {
                if (path.startsWith("/api/")) {
                  item.readOperations().forEach(ApiDocumentation::addProblemResponses);
                }
              });
      PathItem incidents = api.getPaths().get("/api/clients/{clientId}/incidents");
      if (incidents != null && incidents.getPost() != null) {
        addIncidentExample(incidents.getPost());
      }
    };
  }

  private static void addProblemResponses(Operation operation) {
    Map<String, String> statuses =
        Map.of(
            "400", "Bad input: the fields and what is wrong with each are in `errors`",
            "401", "Not signed in",
            "403", "Your role may not take this action",
            "404", "No such record",
            "409", "Conflicts with the record's current state",
            "413", "The body is larger than 1 MiB",
            "503", "The process engine is unreachable; nothing was changed");
    statuses.forEach(
        (status, description) -> {
          if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
            operation
                .getResponses()
                .addApiResponse(
                    status,
                    new ApiResponse()
                        .description(description)
                        .content(
                            new Content()
                                .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType()
                                        .schema(
                                            new Schema<>()
                                                .$ref("#/components/schemas/" + PROBLEM)))));
          }
        });
  }

  private static void addIncidentExample(Operation report) {
    if (report.getRequestBody() == null || report.getRequestBody().getContent() == null) {
      return;
    }
    MediaType json = report.getRequestBody().getContent().get("application/json");
    if (json != null) {
      json.addExamples(
          "thirdStrike",
          new Example()
              .summary("The strike that opens a review")
              .value(
                  Map.of(
                      "sign", "TAKES_MORE_TIME_THAN_WORTH",
                      "severity", "HIGH",
                      "description", "Weekly calls overrun by two hours",
                      "occurredOn", "2026-11-20")));
    }
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem detail")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("The request has invalid fields"))
        .addProperty("instance", new StringSchema().example("/api/clients/2/incidents"))
        .addProperty(
            "code",
            new StringSchema()
                .description(
                    "Stable code of the problem (e.g. invalid-input, task-not-found,"
                        + " task-completed, own-exit), for clients that word it themselves")
                .example("invalid-input"))
        .addProperty(
            "field",
            new StringSchema()
                .description("The field at fault, when there is exactly one")
                .example("occurredOn"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema().example("occurredOn"))
                        .addProperty(
                            "code",
                            new StringSchema()
                                .description(
                                    "Stable code: required, too-short, too-long, too-small,"
                                        + " too-large, in-the-future, in-the-past, not-an-option,"
                                        + " unknown-field, not-applicable, email, invalid-value, …")
                                .example("in-the-future"))
                        .addProperty(
                            "limit",
                            new StringSchema()
                                .description("The number the rule names (a length, a bound)")
                                .example("3"))
                        .addProperty(
                            "message", new StringSchema().example("must not be in the future"))));
  }
}
