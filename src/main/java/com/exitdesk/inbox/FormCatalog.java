package com.exitdesk.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda forms of {@code bpmn/} and which user task links which form, read from the same files
 * the engine deploys, so the inbox shows exactly what Tasklist would. A form declaring what the
 * server would not enforce is refused here, at start-up.
 */
@Component
class FormCatalog implements SmartInitializingSingleton {

  private static final Set<String> DISPLAY_TYPES =
      Set.of("text", "html", "image", "spacer", "separator", "button");
  private static final Set<String> VALIDATE_KEYS =
      Set.of("required", "minLength", "maxLength", "min", "max", "pattern", "validationType");

  private final CompletableFuture<Catalog> catalog = new CompletableFuture<>();

  /**
   * Reads the files on a thread of its own while the other beans are created (the BPMN model API's
   * first parse is a second or more of the start on two cores); the start still waits for it and
   * still stops on a form with a rule the server does not enforce.
   */
  FormCatalog(ObjectMapper json) {
    Thread.ofPlatform()
        .name("form-catalog")
        .daemon()
        .start(
            () -> {
              try {
                catalog.complete(read(json));
              } catch (Throwable e) {
                catalog.completeExceptionally(e);
              }
            });
  }

  @Override
  public void afterSingletonsInstantiated() {
    catalog();
  }

  Optional<UserTaskDefinition> userTask(String elementId) {
    return Optional.ofNullable(catalog().userTasksByElementId().get(elementId));
  }

  Optional<JsonNode> form(String formId) {
    return Optional.ofNullable(formId).map(catalog().formsById()::get);
  }

  record UserTaskDefinition(String name, String formId) {}

  private record Catalog(
      Map<String, JsonNode> formsById, Map<String, UserTaskDefinition> userTasksByElementId) {}

  private Catalog catalog() {
    try {
      return catalog.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  private static Catalog read(ObjectMapper json) {
    Map<String, JsonNode> formsById = new HashMap<>();
    Map<String, UserTaskDefinition> userTasksByElementId = new HashMap<>();
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      for (Resource resource : resolver.getResources("classpath*:/bpmn/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          requireEnforceable(form);
          formsById.put(form.path("id").asText(), form);
        }
      }
      for (Resource resource : resolver.getResources("classpath*:/bpmn/*.bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            userTasksByElementId.put(
                task.getId(),
                new UserTaskDefinition(
                    task.getName() != null ? task.getName() : task.getId(),
                    form != null ? form.getFormId() : null));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models in bpmn/", e);
    }
    return new Catalog(formsById, userTasksByElementId);
  }

  /**
   * Refuses a form that declares what {@link FormValidator#validate} would not enforce: an unknown
   * field type or rule, options taken from a variable, a condition outside the FEEL it reads.
   */
  static void requireEnforceable(JsonNode form) {
    String formId = form.path("id").asText();
    for (JsonNode component : form.path("components")) {
      String type = component.path("type").asText();
      String where = formId + " / " + component.path("id").asText(type);
      if (DISPLAY_TYPES.contains(type)) {
        continue;
      }
      if (!FormValidator.INPUT_TYPES.contains(type)) {
        throw new IllegalStateException(where + ": the server cannot check a '" + type + "'");
      }
      if (component.path("key").asText().isBlank()) {
        throw new IllegalStateException(where + ": an input field needs a key");
      }
      component
          .path("validate")
          .fieldNames()
          .forEachRemaining(
              rule -> {
                if (!VALIDATE_KEYS.contains(rule)) {
                  throw new IllegalStateException(where + ": unknown rule '" + rule + "'");
                }
              });
      String validationType = component.path("validate").path("validationType").asText("");
      if (!Set.of("", "email", "custom").contains(validationType)) {
        throw new IllegalStateException(
            where + ": the server does not check validationType '" + validationType + "'");
      }
      if (component.path("validate").has("pattern")) {
        Pattern.compile(component.path("validate").path("pattern").asText());
      }
      if (component.has("valuesKey") || component.has("valuesExpression")) {
        throw new IllegalStateException(
            where + ": options must be listed in the form, where the server reads them");
      }
      if ("datetime".equals(type) && !"date".equals(component.path("subtype").asText())) {
        throw new IllegalStateException(where + ": only dates (subtype 'date') are checked");
      }
      if (component.has("conditional")) {
        FormCondition.parse(component.path("conditional").path("hide").asText());
      }
    }
  }
}
