package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.caseflow.ProcessConstants;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every job type a model asks for has a worker, and every worker serves a job type some model asks
 * for: a service task without a worker waits forever without an error, and a worker without a task
 * is dead code that looks alive.
 */
class JobWorkersMatchModelsTest {

  /** Job-worker user tasks are all served by the inbox's one worker under this type. */
  private static final String USER_TASK_JOB_TYPE = ProcessConstants.JobTypes.USER_TASK;

  @Test
  void everyJobTypeInTheModelsHasAWorkerAndEveryWorkerAJobType() throws Exception {
    Set<String> inModels = jobTypesInModels();
    Set<String> served = jobTypesOfWorkers();

    assertThat(inModels).as("job types the models ask for").isNotEmpty();
    assertThat(served)
        .as("job types with a @JobWorker (missing ones would wait forever)")
        .containsAll(inModels);
    assertThat(inModels)
        .as("job types some model asks for (a worker for anything else is dead code)")
        .containsAll(served);
  }

  private static Set<String> jobTypesInModels() throws IOException {
    Set<String> types = new TreeSet<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/*.bpmn")) {
      try (InputStream in = resource.getInputStream()) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
          ZeebeTaskDefinition definition =
              task.getSingleExtensionElement(ZeebeTaskDefinition.class);
          assertThat(definition).as("%s has a job type", task.getId()).isNotNull();
          types.add(definition.getType());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (task.getSingleExtensionElement(ZeebeUserTask.class) == null) {
            types.add(USER_TASK_JOB_TYPE);
          }
        }
      }
    }
    return types;
  }

  private static Set<String> jobTypesOfWorkers() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> types = new TreeSet<>();
    for (BeanDefinition bean : scanner.findCandidateComponents("com.exitdesk")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      for (Method method : type.getDeclaredMethods()) {
        JobWorker worker = method.getAnnotation(JobWorker.class);
        if (worker != null) {
          assertThat(worker.type()).as("%s names its job type", method).isNotBlank();
          types.add(worker.type());
        }
      }
    }
    return types;
  }
}
