package com.exitdesk.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a controller slice test needs besides the controller: the real security rules and the
 * sign-in throttle they run.
 */
@TestConfiguration
@Import({SecurityConfiguration.class, SignInThrottle.class})
@EnableConfigurationProperties(UserAccountsProperties.class)
public class WebSliceConfiguration {}
