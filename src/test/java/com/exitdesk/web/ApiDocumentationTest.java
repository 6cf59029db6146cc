package com.exitdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document covers the whole API the app maps, and only signed-in users read it. */
class ApiDocumentationTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyMappedApiEndpointIsInTheDocument() throws Exception {
    JsonNode document = apiDocs();
    List<String> missing = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                  continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                  JsonNode operation =
                      document
                          .path("paths")
                          .path(path)
                          .path(method.name().toLowerCase(Locale.ROOT));
                  if (operation.isMissingNode()) {
                    missing.add(method + " " + path);
                  }
                }
              }
            });
    assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
  }

  @Test
  void errorsAreDocumentedAsProblemDetailsAndTheReadmeExampleIsThere() throws Exception {
    JsonNode document = apiDocs();
    assertThat(document.path("components").path("schemas").path("ProblemDetail").isObject())
        .isTrue();
    JsonNode report = document.path("paths").path("/api/clients/{clientId}/incidents").path("post");
    assertThat(
            report
                .path("responses")
                .path("400")
                .path("content")
                .path("application/problem+json")
                .path("schema")
                .path("$ref")
                .asText())
        .isEqualTo("#/components/schemas/ProblemDetail");
    assertThat(
            report
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("thirdStrike")
                .path("value")
                .path("sign")
                .asText())
        .isEqualTo("TAKES_MORE_TIME_THAN_WORTH");
  }

  @Test
  void onlySignedInUsersReadTheDocumentAndTheSwaggerUi() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    mvc.perform(get("/swagger-ui.html")).andExpect(status().isUnauthorized());
    mvc.perform(get("/swagger-ui/index.html").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk());
  }

  private JsonNode apiDocs() throws Exception {
    String body =
        mvc.perform(get("/v3/api-docs").with(httpBasic("olivia", "olivia")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }
}
