package com.exitdesk.messaging;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in every letter, shipped in {@code src/main/resources/fonts} with their
 * licences: DejaVu Serif (Latin, Greek, Cyrillic and more; Bitstream Vera licence) and, for the
 * characters it lacks, Droid Sans Fallback (Chinese, Japanese, Korean; Apache 2.0). The PDF's
 * built-in fonts only know Latin-1: "Łódź" would print as "#ód#".
 *
 * <p>Only the glyphs a letter uses are embedded (subsetting), so the PDF stays small. Parsing a
 * font file costs far more than rendering a letter, so parsed fonts are kept in a pool and lent to
 * one rendering at a time (a parsed font is not safe to share between threads).
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

  /** The characters (of the Basic Multilingual Plane) every face of the serif has a glyph for. */
  private static final BitSet SERIF_COVERS = coverage(REGULAR, BOLD, ITALIC);

  /** {@code &#x4E2D;} or {@code &#20013;}; longer numbers name no character at all. */
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  private static final ConcurrentLinkedQueue<LetterFonts> POOL = new ConcurrentLinkedQueue<>();

  /** Parsed on first use: most letters never need the fallback. */
  private final Map<byte[], TrueTypeFont> parsed = new HashMap<>();

  private LetterFonts() {}

  /** A set of fonts no other rendering uses until it is {@linkplain #giveBack given back}. */
  static LetterFonts borrow() {
    LetterFonts fonts = POOL.poll();
    return fonts != null ? fonts : new LetterFonts();
  }

  void giveBack() {
    POOL.offer(this);
  }

  /**
   * Offers the fonts to a rendering of {@code letterHtml} into {@code document}, which embeds
   * subsets of them. The fallback is offered only when the letter has a character the serif lacks:
   * the renderer loads every family it is offered, and loading the fallback's 50 000 glyph widths
   * cost more than the rest of a letter (a third of the end-to-end benchmark's letter time, 7 MB of
   * garbage per letter).
   */
  void register(PdfRendererBuilder builder, PDDocument document, String letterHtml) {
    builder.useFont(lazy(document, REGULAR), SERIF, 400, FontStyle.NORMAL, true);
    builder.useFont(lazy(document, BOLD), SERIF, 700, FontStyle.NORMAL, true);
    builder.useFont(lazy(document, ITALIC), SERIF, 400, FontStyle.ITALIC, true);
    if (needsFallback(letterHtml)) {
      builder.useFont(lazy(document, CJK), FALLBACK, 400, FontStyle.NORMAL, true);
      builder.useFont(lazy(document, CJK), FALLBACK, 700, FontStyle.NORMAL, true);
    }
  }

  /**
   * Whether some character of the letter's HTML is missing from one of the serif's faces, written
   * out or as a numeric character reference: the HTML escaping writes every apostrophe in a
   * client's data as {@code &#39;}, so a reference is read for the character it names.
   */
  static boolean needsFallback(String html) {
    Matcher reference = CHARACTER_REFERENCE.matcher(html);
    while (reference.find()) {
      String hex = reference.group(1);
      if (serifLacks(
          hex != null ? Integer.parseInt(hex, 16) : Integer.parseInt(reference.group(2)))) {
        return true;
      }
    }
    for (int i = 0; i < html.length(); ) {
      int c = html.codePointAt(i);
      if (serifLacks(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean serifLacks(int c) {
    return c > 0xFFFF || !(SERIF_COVERS.get(c) || Character.isISOControl(c));
  }

  private static BitSet coverage(byte[]... files) {
    BitSet inAll = null;
    for (byte[] file : files) {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        BitSet covers = new BitSet(0x10000);
        for (int c = 0; c <= 0xFFFF; c++) {
          if (cmap.getGlyphId(c) > 0) {
            covers.set(c);
          }
        }
        if (inAll == null) {
          inAll = covers;
        } else {
          inAll.and(covers);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read a letter font's character map", e);
      }
    }
    return inAll;
  }

  /** Loads the font into the document when the renderer first needs it, once. */
  private PDFontSupplier lazy(PDDocument document, byte[] file) {
    return new PDFontSupplier(null) {
      private PDFont font;

      @Override
      public PDFont supply() {
        if (font == null) {
          try {
            // The document embeds a subset; the parsed font stays open for the next letter.
            font = PDType0Font.load(document, parsed(file), true);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed a letter font", e);
          }
        }
        return font;
      }
    };
  }

  private TrueTypeFont parsed(byte[] file) throws IOException {
    TrueTypeFont font = parsed.get(file);
    if (font == null) {
      font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      parsed.put(file, font);
    }
    return font;
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
