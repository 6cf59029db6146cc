package com.exitdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to find it and whether anything it does is kept. */
@Component
class ReadyBanner {

  private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    Environment env = event.getApplicationContext().getEnvironment();
    int port = web.getWebServer().getPort();
    String datasource = env.getProperty("spring.datasource.url", "");
    boolean inMemory =
        env.getProperty("exitdesk.engine.embedded", Boolean.class, false)
            || datasource.startsWith("jdbc:h2:mem:");
    log.info(
        "Exit Desk is ready: API at http://localhost:{}/api, health at http://localhost:{}/actuator/health",
        port,
        port);
    if (inMemory) {
      log.warn(
          "This mode keeps nothing: the embedded engine and the in-memory database start empty at"
              + " every start.");
    }
  }
}
