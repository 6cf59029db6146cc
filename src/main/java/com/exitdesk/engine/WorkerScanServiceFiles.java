package com.exitdesk.engine;

import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Keeps the Camunda starter's search for job workers from reading the whole class path once per
 * bean. When the client starts, the starter's annotation processor looks at every bean of the
 * context, and for each one looks up its {@code InfoFactory} with a {@link java.util.ServiceLoader}
 * (twice), which asks the thread's context class loader for a service file in every jar: about a
 * second of the start on two cores with the development mode's 300 jars. While the client's start
 * event is handled, the context class loader is one that looks each service file up once and
 * otherwise is the loader it stands in for; the context's refresh puts the loader back.
 *
 * <p>The whole start of the client (job workers opened) shows in a recorded start-up timeline as
 * the step {@value #STEP}.
 */
@Component
class WorkerScanServiceFiles implements ApplicationStartupAware, DisposableBean {

  static final String STEP = "exitdesk.camunda.client-start";

  private ApplicationStartup startup = ApplicationStartup.DEFAULT;
  private volatile Thread scanning;
  private volatile ClassLoader replaced;
  private volatile StartupStep step;

  @Override
  public void setApplicationStartup(ApplicationStartup startup) {
    this.startup = startup;
  }

  /** Before the starter's own listener, which has the lowest precedence. */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void clientStarting(CamundaClientCreatedSpringEvent event) {
    step = startup.start(STEP);
    Thread thread = Thread.currentThread();
    ClassLoader current = thread.getContextClassLoader();
    if (scanning == null && current != null && !(current instanceof ServiceFileCache)) {
      replaced = current;
      scanning = thread;
      thread.setContextClassLoader(new ServiceFileCache(current));
    }
  }

  /** Published once every lifecycle bean, the client's start among them, has started. */
  @EventListener
  void clientStarted(ContextRefreshedEvent event) {
    putLoaderBack();
    StartupStep started = step;
    if (started != null) {
      started.end();
      step = null;
    }
  }

  /** A start that fails after the client's start has begun never publishes the refresh. */
  @Override
  public void destroy() {
    putLoaderBack();
  }

  private void putLoaderBack() {
    Thread thread = scanning;
    if (thread != null && thread == Thread.currentThread()) {
      thread.setContextClassLoader(replaced);
      scanning = null;
      replaced = null;
    }
  }

  /**
   * The loader it stands in for, except that a service file ({@code META-INF/services/...}) is
   * looked up on the class path only the first time: the class path does not change while the app
   * runs.
   */
  static final class ServiceFileCache extends ClassLoader {

    private static final String SERVICE_FILES = "META-INF/services/";

    private final Map<String, List<URL>> found = new ConcurrentHashMap<>();

    ServiceFileCache(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICE_FILES)) {
        return super.getResources(name);
      }
      List<URL> urls = found.get(name);
      if (urls == null) {
        urls = List.copyOf(Collections.list(super.getResources(name)));
        found.put(name, urls);
      }
      return Collections.enumeration(urls);
    }
  }
}
