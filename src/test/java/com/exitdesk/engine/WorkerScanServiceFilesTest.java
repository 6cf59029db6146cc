package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.exitdesk.engine.WorkerScanServiceFiles.ServiceFileCache;
import io.camunda.client.CamundaClient;
import io.camunda.client.bean.InfoFactory;
import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The client's start reads each service file once, finds the same providers as without the cache,
 * and leaves the thread's own class loader in place once the context is refreshed.
 */
class WorkerScanServiceFilesTest {

  private static final String INFO_FACTORY = "META-INF/services/" + InfoFactory.class.getName();

  /** Counts what reaches the real class path. */
  private static final class CountingLoader extends ClassLoader {
    final AtomicInteger lookups = new AtomicInteger();

    CountingLoader() {
      super(WorkerScanServiceFilesTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      lookups.incrementAndGet();
      return super.getResources(name);
    }
  }

  @Test
  void aServiceFileIsLookedUpOnceAndFindsWhatTheClassPathHas() throws IOException {
    CountingLoader classPath = new CountingLoader();
    ServiceFileCache cache = new ServiceFileCache(classPath);

    List<URL> first = Collections.list(cache.getResources(INFO_FACTORY));
    List<URL> second = Collections.list(cache.getResources(INFO_FACTORY));

    assertThat(first)
        .isNotEmpty()
        .isEqualTo(second)
        .isEqualTo(Collections.list(classPath.getParent().getResources(INFO_FACTORY)));
    assertThat(classPath.lookups).hasValue(1);
  }

  @Test
  void otherResourcesAreLookedUpEveryTime() throws IOException {
    CountingLoader classPath = new CountingLoader();
    ServiceFileCache cache = new ServiceFileCache(classPath);

    cache.getResources("application.yaml");
    cache.getResources("application.yaml");

    assertThat(classPath.lookups).hasValue(2);
  }

  @Test
  void theServiceLoaderFindsTheStartersProviderThroughTheCache() {
    ServiceFileCache cache = new ServiceFileCache(getClass().getClassLoader());

    assertThat(ServiceLoader.load(InfoFactory.class, cache).stream().map(p -> p.type().getName()))
        .containsExactly("io.camunda.client.spring.bean.SpringInfoFactory");
  }

  @Test
  void aStartThatFailsAfterTheClientsStartPutsTheThreadsLoaderBackWhenTheBeansAreDestroyed() {
    WorkerScanServiceFiles scan = new WorkerScanServiceFiles();
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try {
      scan.clientStarting(new CamundaClientCreatedSpringEvent(this, mock(CamundaClient.class)));
      assertThat(thread.getContextClassLoader()).isInstanceOf(ServiceFileCache.class);

      scan.destroy();

      assertThat(thread.getContextClassLoader()).isSameAs(own);
    } finally {
      thread.setContextClassLoader(own);
    }
  }

  @Test
  void theClientsStartHasTheCacheAndTheRefreshPutsTheThreadsLoaderBack() {
    WorkerScanServiceFiles scan = new WorkerScanServiceFiles();
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      scan.clientStarting(new CamundaClientCreatedSpringEvent(this, mock(CamundaClient.class)));
      assertThat(thread.getContextClassLoader())
          .isInstanceOf(ServiceFileCache.class)
          .extracting(ClassLoader::getParent)
          .isSameAs(own);

      scan.clientStarted(new ContextRefreshedEvent(context));

      assertThat(thread.getContextClassLoader()).isSameAs(own);
    } finally {
      thread.setContextClassLoader(own);
    }
  }
}
