package com.exitdesk;

import io.camunda.client.annotation.Deployment;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
@Deployment(
    resources = {"classpath*:/bpmn/*.bpmn", "classpath*:/bpmn/*.dmn", "classpath*:/bpmn/*.form"})
public class ExitDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExitDeskApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
