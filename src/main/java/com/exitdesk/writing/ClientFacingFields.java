package com.exitdesk.writing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The task form fields whose text goes into a client's message as typed, by form id, from {@code
 * writing/client_facing_fields.json}: the one list the server, the web UI (which checks these
 * fields as people type) and ClientFacingFieldsTest (which holds it to the forms) share.
 */
public final class ClientFacingFields {

  private static final Map<String, List<String>> BY_FORM = load();

  private ClientFacingFields() {}

  /** Form id to the keys of its client-facing fields. */
  public static Map<String, List<String>> byForm() {
    return BY_FORM;
  }

  /** Every client-facing field key; keys are unique across the forms. */
  public static Set<String> keys() {
    return BY_FORM.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
  }

  private static Map<String, List<String>> load() {
    try (InputStream in =
        ClientFacingFields.class
            .getClassLoader()
            .getResourceAsStream("writing/client_facing_fields.json")) {
      if (in == null) {
        throw new IllegalStateException("Missing writing/client_facing_fields.json");
      }
      Map<String, List<String>> read =
          new ObjectMapper()
              .readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() {});
      Map<String, List<String>> copy = new LinkedHashMap<>();
      read.forEach((form, keys) -> copy.put(form, List.copyOf(keys)));
      return java.util.Collections.unmodifiableMap(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
