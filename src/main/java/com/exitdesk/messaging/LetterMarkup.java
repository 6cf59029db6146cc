package com.exitdesk.messaging;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a letter's XHTML for the PDF renderer. Given the markup as text, the renderer sets up a
 * new XML parser and an identity transformer for every letter, which cost a tenth of the PDF; a
 * parser is not safe to share between threads, so parsers are kept in a pool and lent to one letter
 * at a time.
 */
final class LetterMarkup {

  private static final DocumentBuilderFactory FACTORY = factory();

  private static final ConcurrentLinkedQueue<DocumentBuilder> POOL = new ConcurrentLinkedQueue<>();

  /** Parse errors stop the letter instead of printing "[Fatal Error]" to the console. */
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private LetterMarkup() {}

  /**
   * The letter as a DOM document.
   *
   * @throws IllegalStateException if the markup is not well-formed: the letter templates make it,
   *     so this is a defect in a template, not in the data
   */
  static Document parse(String xhtml) {
    DocumentBuilder parser = POOL.poll();
    try {
      if (parser == null) {
        parser = FACTORY.newDocumentBuilder();
        parser.setErrorHandler(STRICT);
      }
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException e) {
      throw new IllegalStateException("A letter template made markup that is not XHTML", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML parser for the letters", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (parser != null) {
        parser.reset();
        parser.setErrorHandler(STRICT);
        POOL.offer(parser);
      }
    }
  }

  /**
   * Namespace-aware like the renderer's own parser, so the stylesheet's selectors match the same
   * elements; a doctype is allowed (the letters declare {@code <!DOCTYPE html>}), but nothing
   * outside the letter is ever read: no external DTD, entity or XInclude.
   */
  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a feature the letters need", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }
}
