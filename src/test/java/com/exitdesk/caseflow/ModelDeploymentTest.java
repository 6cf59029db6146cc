package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.support.ProcessTestSupport;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Each model file of bpmn/ deploys on its own, so a broken model names itself in the build. */
class ModelDeploymentTest extends ProcessTestSupport {

  @Autowired CamundaClient client;
  @Autowired List<com.exitdesk.engine.ModelAdjustment> adjustments;

  static Stream<String> modelFiles() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    List<String> names =
        Stream.of("bpmn", "dmn", "form")
            .flatMap(ext -> resources(resolver, "classpath*:/bpmn/*." + ext))
            .map(Resource::getFilename)
            .toList();
    assertThat(names)
        .contains("repair-or-exit.bpmn", "assess-relationship.dmn", "review-contract.form");
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("modelFiles")
  void deploys(String fileName) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/bpmn/" + fileName)) {
      DeploymentEvent deployment =
          client.newDeployResourceCommand().addResourceStream(in, fileName).send().join();
      int deployed =
          deployment.getProcesses().size()
              + deployment.getDecisions().size()
              + deployment.getForm().size();
      assertThat(deployed).as(fileName + " yields a process, decision or form").isPositive();
    }
    // The file's own timer start cycle would now fire in every test that moves the shared clock:
    // put back the model as the app deploys it.
    for (var adjustment : adjustments) {
      if (adjustment.fileName().equals(fileName)) {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/" + fileName)) {
          client
              .newDeployResourceCommand()
              .addResourceBytes(adjustment.adjust(in.readAllBytes()), fileName)
              .send()
              .join();
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  void everyUserTaskLinksAFormThatExistsAndHasACandidateGroup() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Set<String> formIds = new java.util.HashSet<>();
    for (Resource form : resolver.getResources("classpath*:/bpmn/*.form")) {
      try (InputStream in = form.getInputStream()) {
        formIds.add(json.readTree(in).path("id").asText());
      }
    }
    for (String process : List.of("repair-or-exit.bpmn", "criteria-review.bpmn")) {
      try (InputStream in = getClass().getResourceAsStream("/bpmn/" + process)) {
        var model = io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(in);
        var userTasks =
            model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.UserTask.class);
        assertThat(userTasks).hasSize(process.startsWith("repair") ? 10 : 1);
        for (var task : userTasks) {
          var form =
              task.getSingleExtensionElement(
                  io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition.class);
          var assignment =
              task.getSingleExtensionElement(
                  io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition.class);
          assertThat(form).as(task.getId() + " links a form").isNotNull();
          assertThat(formIds)
              .as(task.getId() + " links an existing form")
              .contains(form.getFormId());
          assertThat(assignment.getCandidateGroups()).isIn("OPS", "MANAGER");
        }
      }
    }
  }

  private static Stream<Resource> resources(
      PathMatchingResourcePatternResolver resolver, String pattern) {
    try {
      return Stream.of(resolver.getResources(pattern));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
