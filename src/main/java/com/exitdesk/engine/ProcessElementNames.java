package com.exitdesk.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The names the models give their elements (English, as drawn in Camunda Modeler), read from the
 * files the engine deploys, so a screen that lists a step by its element id can name it; the UI
 * translates from {@code bpmn/i18n/process_<lang>.json}.
 */
@Component
public class ProcessElementNames implements SmartInitializingSingleton {

  private final CompletableFuture<Map<String, String>> namesById = new CompletableFuture<>();

  /**
   * Reads the models on a thread of its own while the other beans are created; the start still
   * waits for them and stops on a model it cannot read.
   */
  ProcessElementNames() {
    Thread.ofPlatform()
        .name("process-element-names")
        .daemon()
        .start(
            () -> {
              try {
                namesById.complete(read());
              } catch (Throwable e) {
                namesById.completeExceptionally(e);
              }
            });
  }

  @Override
  public void afterSingletonsInstantiated() {
    names();
  }

  /** The element's name in the model, or its id when the model draws it without a name. */
  public String nameOf(String elementId) {
    return names().getOrDefault(elementId, elementId);
  }

  private Map<String, String> names() {
    try {
      return namesById.join();
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

  private static Map<String, String> read() {
    Map<String, String> namesById = new HashMap<>();
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
    return namesById;
  }
}
