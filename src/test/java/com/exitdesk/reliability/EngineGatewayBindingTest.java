package com.exitdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.exitdesk.dev.FreePort;
import com.exitdesk.support.ReliabilityFigures;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development engine's gateway takes commands without any authentication, so it must not be
 * reachable from the network: it listens on loopback only. Probed on this machine's own
 * non-loopback addresses, which is where a neighbour's connection would arrive.
 */
class EngineGatewayBindingTest {

  private static final int PORT = FreePort.pick("the engine under test");
  private static ZeebeTestEngine engine;
  private static int addressesProbed;

  @BeforeAll
  static void startEngine() {
    engine = EngineFactory.create(PORT);
    try {
      engine.start();
    } catch (RuntimeException e) {
      engine.stop();
      throw e;
    }
  }

  @AfterAll
  static void stopEngine() throws IOException {
    if (engine != null) {
      engine.stop();
    }
    // A probe that connects fails the build, so a figure that reaches the report was refused.
    ReliabilityFigures.record(
        "engine-gateway", Map.of("addresses probed", addressesProbed, "connections accepted", 0));
  }

  @Test
  void theGatewayAnswersOnLoopback() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 2000);
      assertThat(socket.isConnected()).isTrue();
    }
  }

  @Test
  void theGatewayRefusesConnectionsOnEveryOtherAddress() throws SocketException {
    List<InetAddress> outward =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
            .filter(address -> address instanceof Inet4Address || !address.isAnyLocalAddress())
            .toList();
    assumeFalse(
        outward.isEmpty(), "This machine has no non-loopback address to probe the gateway from");
    for (InetAddress address : outward) {
      addressesProbed++;
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(address, PORT), 2000);
                }
              })
          .as("a connection to the gateway on %s", address)
          .isInstanceOf(ConnectException.class);
    }
  }
}
