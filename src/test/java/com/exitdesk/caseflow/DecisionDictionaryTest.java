package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The criteria review shows assess-relationship.dmn read-only, in Spanish from {@code
 * bpmn/i18n/decision_es.json} applied at render time. Every word of the table needs an entry: a
 * rule added or relabelled in Camunda Modeler fails here until the dictionary follows. The table's
 * Rule column must name each rule, since that is what a case records of its assessment.
 */
class DecisionDictionaryTest {

  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  @Test
  void everyWordOfTheDecisionTableHasASpanishEntryAndNoEntryIsLeftOver() throws Exception {
    Document table = table();
    JsonNode dictionary =
        new ObjectMapper().readTree(Path.of("bpmn/i18n/decision_es.json").toFile());
    Map<String, Map<String, String>> words = new LinkedHashMap<>();
    for (String section : List.of("names", "labels", "descriptions", "entries")) {
      words.put(section, new LinkedHashMap<>());
    }
    for (String tag : List.of("definitions", "decision")) {
      each(table, tag, e -> words.get("names").put(e.getAttribute("id"), e.getAttribute("name")));
    }
    for (String tag : List.of("input", "output")) {
      each(table, tag, e -> words.get("labels").put(e.getAttribute("id"), e.getAttribute("label")));
    }
    for (String tag : List.of("decision", "rule")) {
      each(
          table,
          tag,
          e -> {
            String description = text(e, "description");
            if (description != null)
              words.get("descriptions").put(e.getAttribute("id"), description);
          });
    }
    // The recommendation and the rationale read as words; the Rule column is an id, left as is.
    each(
        table,
        "outputEntry",
        e -> {
          String id = e.getAttribute("id");
          if (!id.endsWith("_matched_rule")) words.get("entries").put(id, text(e, "text"));
        });

    List<String> missing = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();
    List<String> leftOver = new ArrayList<>();
    words.forEach(
        (section, english) -> {
          english.forEach(
              (id, word) -> {
                String spanish = dictionary.path(section).path(id).asText();
                if (spanish.isBlank()) missing.add(section + "/" + id);
                else if (spanish.equals(word) || ("\"" + spanish + "\"").equals(word))
                  untranslated.add(section + "/" + id);
              });
          dictionary
              .path(section)
              .fieldNames()
              .forEachRemaining(
                  id -> {
                    if (!english.containsKey(id)) leftOver.add(section + "/" + id);
                  });
        });
    assertThat(words.get("descriptions")).containsKey("rule_third_strike_repair");
    assertThat(missing).as("words of the decision table without a Spanish entry").isEmpty();
    assertThat(untranslated).as("Spanish entries that repeat the English").isEmpty();
    assertThat(leftOver).as("entries for elements the table no longer has").isEmpty();
  }

  @Test
  void everyRuleNamesItselfInTheRuleColumn() throws Exception {
    Document table = table();
    NodeList outputs = table.getElementsByTagNameNS(DMN, "output");
    int column = -1;
    for (int i = 0; i < outputs.getLength(); i++) {
      if ("matchedRule".equals(((Element) outputs.item(i)).getAttribute("name"))) column = i;
    }
    assertThat(column).as("the matchedRule output column").isNotNegative();
    NodeList rules = table.getElementsByTagNameNS(DMN, "rule");
    assertThat(rules.getLength()).isPositive();
    for (int i = 0; i < rules.getLength(); i++) {
      Element rule = (Element) rules.item(i);
      Element entry = (Element) rule.getElementsByTagNameNS(DMN, "outputEntry").item(column);
      assertThat(text(entry, "text"))
          .as("the Rule cell of " + rule.getAttribute("id"))
          .isEqualTo("\"" + rule.getAttribute("id") + "\"");
    }
  }

  private static Document table() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Path.of("bpmn/assess-relationship.dmn").toFile());
  }

  private static void each(
      Document table, String tag, java.util.function.Consumer<Element> action) {
    NodeList found = table.getElementsByTagNameNS(DMN, tag);
    for (int i = 0; i < found.getLength(); i++) action.accept((Element) found.item(i));
  }

  /** The text of the element's first child of that name, or null. */
  private static String text(Element parent, String child) {
    NodeList found = parent.getElementsByTagNameNS(DMN, child);
    for (int i = 0; i < found.getLength(); i++) {
      if (found.item(i).getParentNode() == parent) return found.item(i).getTextContent().strip();
    }
    return null;
  }
}
