package com.exitdesk.writing;

import java.util.Locale;

/** The languages our clients read, and so the ones the check knows. */
public enum WritingLanguage {
  EN("en", "en-GB"),
  ES("es", "es");

  private final String code;
  private final String languageToolCode;

  WritingLanguage(String code, String languageToolCode) {
    this.code = code;
    this.languageToolCode = languageToolCode;
  }

  /** The code clients and the API use: {@code en} or {@code es}. */
  public String code() {
    return code;
  }

  /** British English: the house spelling of the letters (catalogue, organise). */
  String languageToolCode() {
    return languageToolCode;
  }

  public static WritingLanguage of(String code) {
    for (WritingLanguage language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("No writing check for the language " + code);
  }

  Locale locale() {
    return Locale.forLanguageTag(code);
  }
}
