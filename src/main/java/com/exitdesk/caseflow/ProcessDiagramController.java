package com.exitdesk.caseflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The process diagram, and how far one case has come through it. */
@RestController
class ProcessDiagramController {

  private final CaseProgress progress;
  private final String diagram;

  ProcessDiagramController(CaseProgress progress) throws IOException {
    this.progress = progress;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/repair-or-exit.bpmn")) {
      if (in == null) {
        throw new IllegalStateException("bpmn/repair-or-exit.bpmn is not on the classpath");
      }
      this.diagram = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @GetMapping(value = "/api/process/diagram", produces = MediaType.APPLICATION_XML_VALUE)
  String diagram() {
    return diagram;
  }

  @GetMapping("/api/cases/{id}/progress")
  CaseProgress.Progress progress(@PathVariable long id) {
    return progress.of(id);
  }
}
