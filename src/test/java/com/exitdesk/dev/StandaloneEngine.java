package com.exitdesk.dev;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.concurrent.CountDownLatch;

/**
 * The in-process engine in a JVM of its own, for tests that run the production jar against an
 * engine in another process (as in production). Its gateway listens on loopback only (see {@link
 * LoopbackGrpcServerProvider}); it prints {@value #READY} and the port once it accepts commands and
 * runs until the process is stopped. It keeps everything in memory.
 */
public final class StandaloneEngine {

  public static final String READY = "Standalone engine ready on port ";

  private StandaloneEngine() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args[0]);
    ZeebeTestEngine engine = EngineFactory.create(port);
    try {
      engine.start();
    } catch (RuntimeException e) {
      // A half-started engine keeps non-daemon threads alive and the JVM would never exit.
      engine.stop();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "engine-shutdown"));
    System.out.println(READY + port);
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
