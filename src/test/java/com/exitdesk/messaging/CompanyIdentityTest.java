package com.exitdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;

/**
 * A production start must not send letters from the development mode's made-up people: the
 * company's identity has no defaults, a start without it fails naming what is missing, and the
 * example an operator copies is accepted as it is.
 */
class CompanyIdentityTest {

  @Configuration
  @EnableConfigurationProperties(MessagingProperties.class)
  static class Messaging {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Messaging.class);

  @Test
  void withoutTheCompanysIdentityTheAppDoesNotStartAndSaysWhatIsMissing() {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          String why = rootMessages(context.getStartupFailure());
          assertThat(why)
              .contains("senderName", "fromAddress", "letterhead", "contact", "signatory");
        });
  }

  @Test
  void aSignatoryWithoutATitleInEveryClientLanguageIsRefusedAtStart() throws IOException {
    var example = example();
    runner
        .withInitializer(
            context -> context.getEnvironment().getPropertySources().addLast(example.get(0)))
        .withPropertyValues(
            "exitdesk.messages.signatory.titles.es=", "exitdesk.messages.signatory.titles.en=CEO")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootMessages(context.getStartupFailure()))
                  .contains("signatory.titledInEveryClientLanguage");
            });
  }

  @Test
  void theExampleAnOperatorCopiesIsAcceptedAsItIs() throws IOException {
    var example = example();
    runner
        .withInitializer(
            context -> context.getEnvironment().getPropertySources().addFirst(example.get(0)))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              MessagingProperties messages = context.getBean(MessagingProperties.class);
              assertThat(messages.senderName()).isEqualTo("Example Consulting S.L.");
              assertThat(messages.signatory().title("es")).isEqualTo("Director general");
              assertThat(messages.contact().title("en")).isEqualTo("Account manager");
            });
  }

  private static java.util.List<org.springframework.core.env.PropertySource<?>> example()
      throws IOException {
    return new YamlPropertySourceLoader()
        .load("company.example.yaml", new FileSystemResource(Path.of("company.example.yaml")));
  }

  private static String rootMessages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
