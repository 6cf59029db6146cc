package com.exitdesk.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The wording of every message, one bundle per language in {@code templates/messages/}. The
 * languages clients may choose are exactly the bundles present: adding a language is adding a
 * {@code messages_xx.properties} file.
 */
@Component
public class MessageBundles {

  private static final Pattern FILE = Pattern.compile("messages_([a-z]{2})\\.properties");

  private final Map<String, ResourceBundle> bundles = new TreeMap<>();

  MessageBundles() {
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:/templates/messages/messages_*.properties")) {
        Matcher name = FILE.matcher(String.valueOf(resource.getFilename()));
        if (!name.matches()) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          bundles.put(
              name.group(1),
              new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read templates/messages", e);
    }
    if (bundles.isEmpty()) {
      throw new IllegalStateException("No message bundles in templates/messages");
    }
  }

  public Set<String> languages() {
    return bundles.keySet();
  }

  public boolean supports(String language) {
    return language != null && bundles.containsKey(language);
  }

  /** The message for the key, formatted for the language; a missing key fails loudly. */
  String message(String language, String key, Object... arguments) {
    return message(language, key, false, arguments);
  }

  /**
   * @param toCompany the message is addressed to a company rather than to a person: a language
   *     whose wording changes then (Spanish "Estimados señores:" goes on with "ustedes") gives the
   *     variant as {@code key.toCompany}; otherwise the key's own wording serves both
   */
  String message(String language, String key, boolean toCompany, Object... arguments) {
    ResourceBundle bundle = bundles.get(language);
    if (bundle == null) {
      throw new IllegalArgumentException("No messages for language '" + language + "'");
    }
    String variant = key + TO_COMPANY;
    String pattern =
        toCompany && bundle.containsKey(variant)
            ? bundle.getString(variant)
            : bundle.getString(key);
    return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
  }

  /** The suffix of a key's wording for a message addressed to a company. */
  static final String TO_COMPANY = ".toCompany";
}
