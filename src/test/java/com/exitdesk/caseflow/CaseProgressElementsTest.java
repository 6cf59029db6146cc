package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case page marks only elements the deployed model has: a renamed one would vanish quietly. */
class CaseProgressElementsTest {

  @Test
  void everyElementTheProgressMarksExistsInTheModel() throws IllegalAccessException {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/repair-or-exit.bpmn"));
    List<String> ids = new ArrayList<>();
    for (Field field : CaseProgress.Elements.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        ids.add((String) field.get(null));
      }
    }

    assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
    assertThat(ids)
        .allSatisfy(
            id ->
                assertThat((Object) model.getModelElementById(id))
                    .as("element %s", id)
                    .isNotNull());
  }
}
