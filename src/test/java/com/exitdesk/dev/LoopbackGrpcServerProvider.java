package com.exitdesk.dev;

import io.grpc.ServerBuilder;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Binds every gRPC server of the development JVM to loopback. The in-process engine builds its
 * gateway with {@code ServerBuilder.forPort}, which would listen on all interfaces without any
 * authentication: anyone on the network could deploy, publish messages and complete jobs behind the
 * app's back. gRPC picks the server provider with the highest priority (Netty's own is 5), so this
 * one, registered in META-INF/services, decides the address. Only the test classpath has it, as
 * only the test classpath has the engine.
 */
public final class LoopbackGrpcServerProvider extends ServerProvider {

  @Override
  protected boolean isAvailable() {
    return true;
  }

  @Override
  protected int priority() {
    return 10;
  }

  @Override
  protected ServerBuilder<?> builderForPort(int port) {
    return NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }
}
