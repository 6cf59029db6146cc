package com.exitdesk.criteria;

import com.exitdesk.engine.ModelAdjustment;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.TimeCycle;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Puts {@code exitdesk.criteria-review.every} into the review's timer start event. A start timer is
 * evaluated when the model is deployed, before any variable exists, so the setting cannot reach it
 * the way the case's periods do; the app deploys the model with the configured cycle instead. The
 * file keeps the default, and an unchanged setting deploys the file as it is, so the engine sees no
 * new version at each start and the timer keeps its schedule.
 */
@Component
class CriteriaReviewSchedule implements ModelAdjustment {

  private final CriteriaReviewProperties properties;

  CriteriaReviewSchedule(CriteriaReviewProperties properties) {
    this.properties = properties;
  }

  @Override
  public String fileName() {
    return CriteriaReviewModel.FILE_NAME;
  }

  @Override
  public byte[] adjust(byte[] model) {
    return withCycle(model, properties.cycle());
  }

  /** The model with the start timer's cycle set; the same bytes when it already is. */
  static byte[] withCycle(byte[] model, String cycle) {
    BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model));
    TimerEventDefinition timer =
        instance
            .getModelElementById(CriteriaReviewModel.TIMER_START_EVENT)
            .getChildElementsByType(TimerEventDefinition.class)
            .iterator()
            .next();
    TimeCycle current = timer.getTimeCycle();
    if (current != null && cycle.equals(current.getTextContent().strip())) {
      return model;
    }
    current.setTextContent(cycle);
    return Bpmn.convertToString(instance).getBytes(StandardCharsets.UTF_8);
  }

  static String cycleOf(byte[] model) {
    BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model));
    return instance
        .getModelElementById(CriteriaReviewModel.TIMER_START_EVENT)
        .getChildElementsByType(TimerEventDefinition.class)
        .iterator()
        .next()
        .getTimeCycle()
        .getTextContent()
        .strip();
  }
}
