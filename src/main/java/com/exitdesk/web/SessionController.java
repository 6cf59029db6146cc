package com.exitdesk.web;

import java.util.List;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the browser is signed in as, and the CSRF token its next change must carry. */
@RestController
class SessionController {

  private final RoleHierarchy roleHierarchy;

  SessionController(RoleHierarchy roleHierarchy) {
    this.roleHierarchy = roleHierarchy;
  }

  @GetMapping("/api/session")
  Session session(CsrfToken csrf) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    User user = null;
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      user =
          new User(
              authentication.getName(),
              List.copyOf(CurrentUserArgumentResolver.rolesOf(authentication, roleHierarchy)));
    }
    return new Session(user, csrf.getHeaderName(), csrf.getToken());
  }

  record Session(User user, String csrfHeader, String csrfToken) {}

  record User(String name, List<String> roles) {}
}
