package com.exitdesk.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The names the models give their elements (English, as drawn in Camunda Modeler), read from the
 * files the engine deploys, so a screen that lists a step by its element id can name it; the UI
 * translates from {@code bpmn/i18n/process_<lang>.json}.
 */
@Component
public class ProcessElementNames {

  private final Map<String, String> namesById = new HashMap<>();

  ProcessElementNames() {
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/*.bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() != null && !element.getName().isBlank()) {
              namesById.putIfAbsent(element.getId(), element.getName().strip());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models in bpmn/", e);
    }
  }

  /** The element's name in the model, or its id when the model draws it without a name. */
  public String nameOf(String elementId) {
    return namesById.getOrDefault(elementId, elementId);
  }
}
