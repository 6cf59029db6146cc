package com.exitdesk.bench;

import com.exitdesk.ExitDeskApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the app as its own main method does, with Spring's {@link BufferingApplicationStartup}
 * recording every start-up step, and once the app is ready writes the steps and the milestones of
 * the start (milliseconds since the JVM started) to the file named by {@value #OUTPUT}. The
 * benchmark runs it in a JVM of its own, on the test classpath (development mode) or beside the
 * extracted production jar; it depends on nothing but Spring and the app.
 */
public final class StartupTimeline {

  static final String OUTPUT = "exitdesk.startup-timeline";

  private StartupTimeline() {}

  public static void main(String[] args) {
    Path output = Path.of(System.getProperty(OUTPUT));
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    SpringApplication.withHook(
        application -> {
          application.setApplicationStartup(startup);
          return new Milestones(output, startup);
        },
        () -> ExitDeskApplication.main(args));
  }

  private static final class Milestones implements SpringApplicationRunListener {

    private final Path output;
    private final BufferingApplicationStartup startup;
    private final List<String> lines = new ArrayList<>();

    Milestones(Path output, BufferingApplicationStartup startup) {
      this.output = output;
      this.startup = startup;
    }

    private void milestone(String name) {
      long sinceJvmStart =
          System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      lines.add("milestone\t" + name + "\t" + sinceJvmStart);
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
      milestone("starting");
    }

    @Override
    public void environmentPrepared(
        ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
      milestone("environment-prepared");
    }

    @Override
    public void contextLoaded(ConfigurableApplicationContext context) {
      milestone("context-loaded");
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
      milestone("started");
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
      milestone("ready");
      for (TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
        StartupStep step = event.getStartupStep();
        StringBuilder tags = new StringBuilder();
        for (StartupStep.Tag tag : step.getTags()) {
          if (tag.getKey().equals("beanName") || tag.getKey().equals("postProcessor")) {
            tags.append(tag.getValue());
          }
        }
        lines.add(
            String.join(
                "\t",
                "step",
                Long.toString(step.getId()),
                String.valueOf(step.getParentId()),
                step.getName(),
                tags.toString(),
                Long.toString(event.getDuration().toNanos())));
      }
      try {
        Files.write(output, lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
