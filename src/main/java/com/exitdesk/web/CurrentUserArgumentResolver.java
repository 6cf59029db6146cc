package com.exitdesk.web;

import com.exitdesk.shared.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  private static final String ROLE_PREFIX = "ROLE_";

  private final RoleHierarchy roleHierarchy;

  CurrentUserArgumentResolver(RoleHierarchy roleHierarchy) {
    this.roleHierarchy = roleHierarchy;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == CurrentUser.class;
  }

  @Override
  public CurrentUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("not signed in");
    }
    return new CurrentUser(authentication.getName(), rolesOf(authentication, roleHierarchy));
  }

  /** Every role the user holds, the implied ones included, without the ROLE_ prefix. */
  static Set<String> rolesOf(Authentication authentication, RoleHierarchy roleHierarchy) {
    return roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(ROLE_PREFIX))
        .map(a -> a.substring(ROLE_PREFIX.length()))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
