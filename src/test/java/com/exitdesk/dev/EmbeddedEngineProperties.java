package com.exitdesk.dev;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process Zeebe engine of the default mode. Turn it off to connect to a real cluster through
 * the {@code camunda.client.*} settings.
 *
 * @param embedded run the in-memory engine inside the application
 * @param port gRPC port of the embedded gateway; 0 picks a free one
 */
@ConfigurationProperties("exitdesk.engine")
public record EmbeddedEngineProperties(boolean embedded, int port) {}
