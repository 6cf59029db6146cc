package com.exitdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterFontsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Estimada Sra. Sáez: «Grupo Ferro Norte» – 31 de marzo de 2027, 1 500,00 €|false",
        "Łódź Ścisłe Sp. z o.o.|false",
        "Αθηναϊκή Εταιρεία Α.Ε.|false",
        "ООО «Ромашка и партнёры»|false",
        "北京未来科技有限公司|true",
        "株式会社さくら|true",
        "주식회사 한빛|true",
        "Grupo &#x5317; Norte|true",
        "Grupo &#21271; Norte|true",
        "Clause 12.2: 30 days&#39; written notice|false",
        "O&#X27;Brien &amp; Sons|false",
        "Grupo &#x1F600; Norte|true",
        "Grupo 😀 Norte|true"
      })
  void theFallbackIsNeededOnlyForCharactersTheSerifLacks(String text, boolean needed) {
    assertThat(LetterFonts.needsFallback("<p>" + text + "</p>\n")).isEqualTo(needed);
  }

  @ParameterizedTest(name = "{0}: {1} fallback faces")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {"Grupo Ferro Norte|0", "O&#39;Brien &amp; Sons|0", "株式会社さくら|2"})
  void theRendererIsOfferedTheFallbackOnlyWhenTheLetterNeedsIt(String name, int fallbackFaces)
      throws IOException {
    PdfRendererBuilder builder = spy(new PdfRendererBuilder());
    LetterFonts fonts = LetterFonts.borrow();
    try (PDDocument document = new PDDocument()) {
      fonts.register(builder, document, "<p>" + name + "</p>");
    } finally {
      fonts.giveBack();
    }

    verify(builder, times(3))
        .useFont(any(PDFontSupplier.class), eq(LetterFonts.SERIF), anyInt(), any(), anyBoolean());
    verify(builder, fallbackFaces == 0 ? never() : times(fallbackFaces))
        .useFont(
            any(PDFontSupplier.class), eq(LetterFonts.FALLBACK), anyInt(), any(), anyBoolean());
  }
}
