package com.exitdesk.messaging;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts embedded in every letter, shipped in {@code src/main/resources/fonts} with their
 * licences: DejaVu Serif (Latin, Greek, Cyrillic and more; Bitstream Vera licence) and, for the
 * characters it lacks, Droid Sans Fallback (Chinese, Japanese, Korean; Apache 2.0). The PDF's
 * built-in fonts only know Latin-1: "Łódź" would print as "#ód#".
 *
 * <p>Only the glyphs a letter uses are embedded (subsetting), so the PDF stays small.
 */
final class LetterFonts {

  /** The family the letter's stylesheet names first. */
  static final String SERIF = "DejaVu Serif";

  /** Where the serif has no glyph, the renderer falls back to this family. */
  static final String FALLBACK = "Droid Sans Fallback";

  private static final byte[] REGULAR = read("dejavu/DejaVuSerif.ttf");
  private static final byte[] BOLD = read("dejavu/DejaVuSerif-Bold.ttf");
  private static final byte[] ITALIC = read("dejavu/DejaVuSerif-Italic.ttf");
  private static final byte[] CJK = read("droid/DroidSansFallback.ttf");

  private LetterFonts() {}

  static void register(PdfRendererBuilder builder) {
    builder.useFont(() -> stream(REGULAR), SERIF, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(BOLD), SERIF, 700, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(ITALIC), SERIF, 400, FontStyle.ITALIC, true);
    builder.useFont(() -> stream(CJK), FALLBACK, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(CJK), FALLBACK, 700, FontStyle.NORMAL, true);
  }

  private static InputStream stream(byte[] font) {
    return new ByteArrayInputStream(font);
  }

  private static byte[] read(String name) {
    try (InputStream in = LetterFonts.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The letter font fonts/" + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the letter font " + name, e);
    }
  }
}
