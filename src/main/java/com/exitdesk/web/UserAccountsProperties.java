package com.exitdesk.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can sign in.
 *
 * @param demoUsers the four demo accounts (password = user name); never in production
 * @param accounts further accounts, with password hashes such as {@code {bcrypt}$2a$...}
 */
@ConfigurationProperties("exitdesk.users")
public record UserAccountsProperties(boolean demoUsers, @DefaultValue List<Account> accounts) {

  public record Account(String name, String passwordHash, List<String> roles) {}
}
