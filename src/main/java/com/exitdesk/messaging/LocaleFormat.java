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
 * Dates, times and money as a reader in the client's language expects them ({@code fmt} in the
 * templates): "31 de diciembre de 2026", "3.400,00 €".
 *
 * <p>English is written the British way, "31 March 2027" and "€3,400.00": day before month is the
 * business convention for euro-denominated contracts, and it reads the same on both sides of the
 * Atlantic, where "03/04" would not.
 */
public final class LocaleFormat {

  private final Locale locale;
  private final ZoneId zone;

  LocaleFormat(String language, ZoneId zone) {
    this.locale = locale(language);
    this.zone = zone;
  }

  /** The locale whose conventions a language's messages follow. */
  static Locale locale(String language) {
    return "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
  }

  /** A {@link LocalDate}, an {@link Instant} (in the configured zone) or an ISO date string. */
  public String date(Object value) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .format(localDate(value));
  }

  /** The date without its year, for subject lines where the year is plain: "4 de diciembre". */
  public String dayAndMonth(Object value) {
    return DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "d 'de' MMMM" : "d MMMM")
        .withLocale(locale)
        .format(localDate(value));
  }

  public String dateTime(Object value) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant(value));
  }

  /** The time of day in the configured zone, 24-hour clock: "11:00". */
  public String time(Object value) {
    return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant(value));
  }

  /** The configured zone's name at that instant: "Central European Standard Time". */
  public String zone(Object value) {
    return DateTimeFormatter.ofPattern("zzzz")
        .withLocale(locale)
        .withZone(zone)
        .format(instant(value));
  }

  public String money(Number amount, String currencyCode) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currencyCode));
    return format.format(new BigDecimal(amount.toString()));
  }

  private LocalDate localDate(Object value) {
    return switch (value) {
      case LocalDate d -> d;
      case Instant i -> LocalDate.ofInstant(i, zone);
      case String s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      default -> throw new IllegalArgumentException("Not a date: " + value);
    };
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case Instant i -> i;
      case String s -> Instant.parse(s);
      default -> throw new IllegalArgumentException("Not an instant: " + value);
    };
  }
}
