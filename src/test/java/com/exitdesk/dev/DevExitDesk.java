package com.exitdesk.dev;

import com.exitdesk.ExitDeskApplication;
import org.springframework.boot.SpringApplication;

/**
 * The development mode, started by {@code ./mvnw spring-boot:test-run}: the application with the
 * test classpath's development services (this package: the in-process engine on a loopback port,
 * the SMTP catcher, demo data and demo users, switched on by {@code config/application.yaml}).
 * Nothing persists in this mode.
 */
public final class DevExitDesk {

  private DevExitDesk() {}

  public static void main(String[] args) {
    SpringApplication.from(ExitDeskApplication::main).run(args);
  }
}
