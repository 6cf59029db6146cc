package com.exitdesk.messaging;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates and money as a reader in the client's language expects them ({@code fmt} in the templates):
 * "31 de diciembre de 2026", "3.400,00 €".
 */
public final class LocaleFormat {

  private final Locale locale;
  private final ZoneId zone;

  LocaleFormat(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
  }

  /** A {@link LocalDate}, an {@link Instant} (in the configured zone) or an ISO date string. */
  public String date(Object value) {
    LocalDate date =
        switch (value) {
          case LocalDate d -> d;
          case Instant i -> LocalDate.ofInstant(i, zone);
          case String s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
          default -> throw new IllegalArgumentException("Not a date: " + value);
        };
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  public String dateTime(Object value) {
    Instant instant =
        switch (value) {
          case Instant i -> i;
          case String s -> Instant.parse(s);
          default -> throw new IllegalArgumentException("Not an instant: " + value);
        };
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant);
  }

  public String money(Number amount, String currencyCode) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currencyCode));
    return format.format(new BigDecimal(amount.toString()));
  }
}
