package com.exitdesk.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default mode's mail server: an in-process SMTP server on loopback that accepts every message,
 * so the app sends real mail with no set-up and the case page shows what each client received. Off
 * as soon as a real server is configured.
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
}
