package com.exitdesk.dev;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points Spring's mail sender at the embedded SMTP server when that server is on. */
public class EmbeddedMailServerAddressPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("exitdesk.mail.embedded-server", Boolean.class, false)) {
      return;
    }
    int port = environment.getProperty("exitdesk.mail.embedded-server-port", Integer.class, 3025);
    if (port == 0) {
      port = FreePort.pick("the embedded SMTP server");
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "exitdeskEmbeddedMailServer",
                Map.of(
                    "exitdesk.mail.embedded-server-port", port,
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", port)));
  }
}
