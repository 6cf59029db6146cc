package com.exitdesk.dev;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The default mode's mail server: an in-process SMTP server on loopback that accepts every message,
 * so the app sends real mail with no set-up; the case page shows what each client received from the
 * outbox, not from here. Off as soon as a real server is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "exitdesk.mail.embedded-server", havingValue = "true")
class EmbeddedMailServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

  @Bean(destroyMethod = "stop")
  GreenMail embeddedSmtpServer(@Value("${spring.mail.port}") int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    log.warn(
        "Embedded SMTP server on 127.0.0.1:{} catches all mail; nothing leaves this machine.",
        port);
    return server;
  }

  /**
   * Empties the catcher once it holds more than the limit. It serves no mailbox (SMTP only), so in
   * the development mode what it caught is never read again and only grows the heap, by about 50
   * MiB per 1 000 cases; the tests, which read it, leave the limit at 0 (none).
   */
  @Bean
  @ConditionalOnProperty(name = "exitdesk.mail.embedded-server-keep")
  CaughtMailLimit caughtMailLimit(
      GreenMail server, @Value("${exitdesk.mail.embedded-server-keep}") int keep) {
    return new CaughtMailLimit(server, keep);
  }

  static final class CaughtMailLimit {

    private final GreenMail server;
    private final int keep;

    CaughtMailLimit(GreenMail server, int keep) {
      this.server = server;
      this.keep = keep;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void emptyWhenFull() {
      if (keep <= 0) {
        return;
      }
      int caught = server.getReceivedMessages().length;
      if (caught > keep) {
        try {
          server.purgeEmailFromAllMailboxes();
          log.info("Embedded SMTP server emptied: it held {} messages (limit {}).", caught, keep);
        } catch (FolderException e) {
          log.warn("Embedded SMTP server could not be emptied; trying again in a minute.", e);
        }
      }
    }
  }
}
