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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda forms of {@code bpmn/} and which user task links which form, read from the same files
 * the engine deploys, so the inbox shows exactly what Tasklist would.
 */
@Component
class FormCatalog {

  private final Map<String, JsonNode> formsById = new HashMap<>();
  private final Map<String, UserTaskDefinition> userTasksByElementId = new HashMap<>();

  FormCatalog(ObjectMapper json) {
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      for (Resource resource : resolver.getResources("classpath*:/bpmn/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          FormValidator.requireEnforceable(form);
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
  }

  Optional<UserTaskDefinition> userTask(String elementId) {
    return Optional.ofNullable(userTasksByElementId.get(elementId));
  }

  Optional<JsonNode> form(String formId) {
    return Optional.ofNullable(formId).map(formsById::get);
  }

  record UserTaskDefinition(String name, String formId) {}
}
