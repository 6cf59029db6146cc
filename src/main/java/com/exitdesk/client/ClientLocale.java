package com.exitdesk.client;

import java.util.Locale;

/** The languages letters and emails are written in. */
public enum ClientLocale {
  es,
  en;

  public Locale toLocale() {
    return Locale.forLanguageTag(name());
  }
}
