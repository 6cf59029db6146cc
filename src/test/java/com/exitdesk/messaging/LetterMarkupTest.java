package com.exitdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class LetterMarkupTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @Test
  void aLetterIsReadWithItsDoctypeAndNamespace() {
    Document letter =
        LetterMarkup.parse(
            "<!DOCTYPE html>\n<html lang=\"es\" xmlns=\""
                + XHTML
                + "\"><body><p>O&#39;Brien &amp;"
                + " Søn</p></body></html>");

    assertThat(letter.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(letter.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(letter.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent())
        .isEqualTo("O'Brien & Søn");
  }

  @Test
  void markupThatIsNotWellFormedStopsTheLetterAndTheNextLetterIsReadAsUsual() {
    assertThatThrownBy(() -> LetterMarkup.parse("<html><p>unclosed</html>"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not XHTML");

    assertThat(LetterMarkup.parse("<html><p>next</p></html>").getDocumentElement().getTextContent())
        .isEqualTo("next");
  }

  @Test
  void nothingOutsideTheLetterIsRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-print");
    String markup =
        "<!DOCTYPE html [<!ENTITY secret SYSTEM \""
            + secret.toUri()
            + "\">]><html><p>&secret;</p></html>";

    Document letter;
    try {
      letter = LetterMarkup.parse(markup);
    } catch (IllegalStateException refused) {
      return;
    }
    assertThat(letter.getDocumentElement().getTextContent()).doesNotContain("do-not-print");
  }
}
