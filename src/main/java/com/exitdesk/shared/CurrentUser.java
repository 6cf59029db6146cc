package com.exitdesk.shared;

import java.util.Collection;
import java.util.Set;

/**
 * The signed-in person with every role they hold, the implied ones included (a manager also holds
 * OPS). Controllers receive it as a method parameter.
 */
public record CurrentUser(String name, Set<String> roles) {

  public boolean hasAnyRole(Collection<String> candidates) {
    return candidates.stream().anyMatch(roles::contains);
  }
}
