package com.exitdesk.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.dev.EmbeddedMailServer.CaughtMailLimit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaughtMailLimitTest {

  private GreenMail server;

  @BeforeEach
  void start() {
    server =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    for (int i = 1; i <= 3; i++) {
      GreenMailUtil.sendTextEmail(
          "client" + i + "@example.com",
          "desk@example.com",
          "Letter " + i,
          "Body",
          server.getSmtp().getServerSetup());
    }
    assertThat(server.getReceivedMessages()).hasSize(3);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void emptiesTheCatcherOnceItHoldsMoreThanTheLimit() {
    new CaughtMailLimit(server, 2).emptyWhenFull();

    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void keepsWhatIsWithinTheLimit() {
    new CaughtMailLimit(server, 3).emptyWhenFull();

    assertThat(server.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aLimitOfZeroKeepsEverything() {
    new CaughtMailLimit(server, 0).emptyWhenFull();

    assertThat(server.getReceivedMessages()).hasSize(3);
  }
}
