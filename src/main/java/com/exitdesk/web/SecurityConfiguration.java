package com.exitdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic on the API with two roles. A manager can do everything operations staff can (so a
 * manager may review a contract), which is why the inbox also enforces that nobody approves their
 * own exit decision.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /**
   * One chain for the API and the web UI. API clients authenticate with HTTP Basic on every
   * request; the browser signs in once with the login form and then carries a session, whose
   * state-changing requests must carry the CSRF token. Only a request that signs in with Basic
   * credentials of its own, and that no browser sent from another site, goes without the token: any
   * other Authorization header proves nothing, and browsers are never asked for Basic credentials
   * (which they would then attach to other sites' forms).
   */
  @Bean
  SecurityFilterChain security(HttpSecurity http, ObjectMapper json, SignInThrottle throttle)
      throws Exception {
    AuthenticationEntryPoint signInFirst =
        (request, response, e) -> {
          if (!fromBrowser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Exit Desk\"");
          }
          writeProblem(json, response, HttpStatus.UNAUTHORIZED, "Sign in to use the API");
        };
    OncePerRequestFilter throttled =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (!throttle.refused(request, response)) {
              chain.doFilter(request, response);
            }
          }
        };
    http.authorizeHttpRequests(SecurityConfiguration::access)
        .addFilterBefore(throttled, UsernamePasswordAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(signInFirst))
        .formLogin(form -> signIn(form, json))
        .logout(SecurityConfiguration::signOut)
        .csrf(
            csrf ->
                csrf.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .ignoringRequestMatchers(
                        SecurityConfiguration::ownBasicCredentials,
                        request -> request.getRequestURI().startsWith("/api/public/")))
        .headers(SecurityConfiguration::browserHeaders)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(signInFirst)
                    .accessDeniedHandler(
                        (request, response, e) ->
                            writeProblem(
                                json,
                                response,
                                HttpStatus.FORBIDDEN,
                                e instanceof org.springframework.security.web.csrf.CsrfException
                                    ? "The page is out of date: reload it and try again"
                                    : "Your role may not take this action")));
    return http.build();
  }

  /** Who may reach what: the roles of each area of the API, the public pages, nothing else. */
  private static void access(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    requests
        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
        .permitAll()
        .requestMatchers("/actuator/prometheus")
        .hasAnyRole(Roles.MANAGER, Roles.MONITORING)
        .requestMatchers("/api/session", "/api/public/**")
        .permitAll()
        .requestMatchers(HttpMethod.POST, "/api/cases/*/withdraw")
        .hasRole(Roles.MANAGER)
        .requestMatchers("/api/operations", "/api/operations/**")
        .hasRole(Roles.MANAGER)
        .requestMatchers("/api/criteria-reviews", "/api/criteria-reviews/**")
        .hasRole(Roles.MANAGER)
        .requestMatchers("/api/**")
        .hasRole(Roles.OPS)
        .requestMatchers("/", "/index.html", "/answer.html", "/assets/**", "/favicon.svg", "/error")
        .permitAll()
        .requestMatchers(
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
        .authenticated()
        .anyRequest()
        .denyAll();
  }

  /** The browser signs in with a form and is answered without a redirect: the UI is one page. */
  private static void signIn(FormLoginConfigurer<HttpSecurity> form, ObjectMapper json) {
    form.loginProcessingUrl("/login")
        .successHandler(
            (request, response, authentication) -> {
              response.setStatus(HttpStatus.NO_CONTENT.value());
            })
        .failureHandler(
            (request, response, e) ->
                writeProblem(
                    json, response, HttpStatus.UNAUTHORIZED, "Wrong user name or password"))
        .permitAll();
  }

  private static void signOut(LogoutConfigurer<HttpSecurity> logout) {
    logout
        .logoutUrl("/logout")
        .logoutSuccessHandler(
            (request, response, authentication) ->
                response.setStatus(HttpStatus.NO_CONTENT.value()));
  }

  private static void browserHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(
            csp ->
                csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:;"
                        + " style-src 'self' 'unsafe-inline'; object-src 'none';"
                        + " base-uri 'self'; form-action 'self';"
                        + " frame-ancestors 'none'"))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
  }

  /**
   * Basic credentials the request carries itself, not sent by a browser from another site (a
   * browser that once saw a Basic challenge would attach them to any site's form).
   */
  private static boolean ownBasicCredentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    String site = request.getHeader("Sec-Fetch-Site");
    return header != null
        && header.regionMatches(true, 0, "Basic ", 0, 6)
        && (site == null || site.equals("same-origin") || site.equals("none"));
  }

  /** Requests a browser made: its pages, its scripts' fetches, its navigations. */
  private static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        || request.getHeader("Sec-Fetch-Mode") != null
        || (accept != null && accept.contains("text/html"));
  }

  /** Passwords checked with bcrypt, a success remembered briefly (see the class it builds). */
  @Bean
  AuthenticationProvider passwordAuthentication(
      UserDetailsService users,
      PasswordEncoder encoder,
      @Value("${exitdesk.security.sign-in.remember-success:PT1M}") Duration rememberSuccess,
      Clock clock) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new CachedPasswordAuthentication(passwords, rememberSuccess, clock);
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix().role(Roles.MANAGER).implies(Roles.OPS).build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * The demo accounts' bcrypt hashes of their passwords (each the user name), made once: hashing
   * them at start-up cost the development mode over a second of its start on two cores, and a
   * bcrypt hash is checked the same whichever run made it.
   */
  private static final Map<String, String> DEMO_PASSWORD_HASHES =
      Map.of(
          "olivia", "{bcrypt}$2a$10$C3JzN1qMt6TJPTbv3rN45e5I0tc.dZt778REQCu6uHTQp2j4mb5WW",
          "omar", "{bcrypt}$2a$10$vUFc3FZxVuJfI2qfWB0NO.FA2StyVb3jJB8aMFsz7xTtdYQ/ms49O",
          "maria", "{bcrypt}$2a$10$yHkprT3p7G8dVcq5XkNo4eBGn9S1DYlb61AZJgTHXLU1xILE527re",
          "mateo", "{bcrypt}$2a$10$H5DrUE0owoBps2q2ObS/Z.b2RC5P4J3ISSk4ap7McmoH46peFUhR.");

  @Bean
  UserDetailsService users(UserAccountsProperties accounts) {
    List<UserDetails> users = new ArrayList<>();
    if (accounts.demoUsers()) {
      log.warn(
          "Demo users are on (olivia, omar: OPS; maria, mateo: MANAGER; password = user name)."
              + " The production profiles turn them off.");
      for (String name : List.of("olivia", "omar")) {
        users.add(demoUser(name, Roles.OPS));
      }
      for (String name : List.of("maria", "mateo")) {
        users.add(demoUser(name, Roles.MANAGER));
      }
    }
    for (UserAccountsProperties.Account account : accounts.accounts()) {
      users.add(
          User.withUsername(account.name())
              .password(account.passwordHash())
              .roles(account.roles().toArray(String[]::new))
              .build());
    }
    if (users.isEmpty()) {
      log.warn("No user accounts are configured: nobody can sign in (see exitdesk.users.*).");
    }
    return new InMemoryUserDetailsManager(users);
  }

  private static UserDetails demoUser(String name, String role) {
    return User.withUsername(name).password(DEMO_PASSWORD_HASHES.get(name)).roles(role).build();
  }

  private static void writeProblem(
      ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
