package com.exitdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The process variables the models (bpmn/: the processes, the decision, the forms and their
 * translations) and the UI's task pages read and write, as {@link ProcessVariablesInModelsTest}
 * compares them with the Java side. FEEL is read for its names only: a name that is not a member
 * after a dot, not a function called, not a keyword and not inside a string.
 */
final class ModelVariables {

  private static final Path MODELS = Path.of("bpmn");

  /** The UI's task pages, which show a task's variables beside its form. */
  private static final Path TASK_PAGES = Path.of("frontend/src/views");

  private static final Set<String> FEEL_KEYWORDS =
      Set.of(
          "and",
          "or",
          "not",
          "null",
          "true",
          "false",
          "if",
          "then",
          "else",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "instance",
          "of",
          "between",
          "function");

  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final Pattern FEEL_NAME =
      Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])(?!\\s*\\()");

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");

  /** {@code v.name}, {@code variables.name}, {@code variables?.name} in the task pages. */
  private static final Pattern PAGE_READ =
      Pattern.compile("\\b(?:v|variables)\\??\\.([A-Za-z_][A-Za-z0-9_]*)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelVariables() {}

  /** Each variable the models read, with a file that reads it. */
  static Map<String, String> readByModels() throws Exception {
    Map<String, String> read = new TreeMap<>();
    for (Path file : modelFiles()) {
      String where = file.getFileName().toString();
      if (where.endsWith(".bpmn")) {
        forEachElement(
            file,
            element -> {
              NamedNodeMap attributes = element.getAttributes();
              for (int i = 0; i < attributes.getLength(); i++) {
                feelNames(attributes.item(i).getNodeValue()).forEach(n -> read.put(n, where));
              }
              if (hasOnlyText(element)) {
                feelNames(element.getTextContent()).forEach(n -> read.put(n, where));
              }
            });
      } else if (where.endsWith(".dmn")) {
        forEachElement(
            file,
            element -> {
              if (element.getLocalName().equals("inputExpression")) {
                names(element.getTextContent()).forEach(n -> read.put(n, where));
              }
            });
      } else if (where.endsWith(".form") || where.endsWith(".json")) {
        forEachText(
            JSON.readTree(file.toFile()),
            text -> {
              feelNames(text).forEach(n -> read.put(n, where));
              Matcher template = TEMPLATE.matcher(text);
              while (template.find()) {
                names(template.group(1)).forEach(n -> read.put(n, where));
              }
            });
      }
    }
    assertThat(read).as("variables the models read").hasSizeGreaterThan(40);
    return read;
  }

  /** What the models set themselves: their forms' fields, mappings, decision results, items. */
  static Set<String> writtenByModels() throws Exception {
    Set<String> written = new TreeSet<>(formFields());
    for (Path file : modelFiles()) {
      if (file.toString().endsWith(".bpmn")) {
        forEachElement(
            file,
            element -> {
              switch (element.getLocalName()) {
                case "input", "output" -> written.add(element.getAttribute("target"));
                case "calledDecision" -> written.add(element.getAttribute("resultVariable"));
                case "loopCharacteristics" -> written.add(element.getAttribute("inputElement"));
                default -> {}
              }
            });
      }
    }
    written.remove("");
    return written;
  }

  static Set<String> formFields() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file : modelFiles()) {
      if (file.toString().endsWith(".form")) {
        JSON.readTree(file.toFile()).findValues("key").forEach(key -> keys.add(key.asText()));
      }
    }
    assertThat(keys).as("form fields").hasSizeGreaterThan(20);
    return keys;
  }

  static Set<String> readByTaskPages() throws IOException {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TASK_PAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        Matcher reads = PAGE_READ.matcher(Files.readString(file));
        while (reads.find()) {
          read.add(reads.group(1));
        }
      }
    }
    return read;
  }

  /**
   * The fields the models and the task pages read of an object variable, by path ({@code
   * evidence.strikes}, {@code evidence?.strikes}), each with a file that reads it.
   */
  static Map<String, String> fieldsRead(String variable) throws IOException {
    Pattern path = Pattern.compile("(?<![\\w.])" + variable + "\\??\\.([A-Za-z_][A-Za-z0-9_]*)");
    List<Path> files = new java.util.ArrayList<>(modelFiles());
    // The pages that show a task's variables; the others have a client's contract of their own.
    files.add(TASK_PAGES.resolve("form-i18n.js"));
    files.add(TASK_PAGES.resolve("facts.js"));
    files.add(TASK_PAGES.resolve("task.js"));
    Map<String, String> read = new TreeMap<>();
    for (Path file : files) {
      Matcher field = path.matcher(Files.readString(file));
      while (field.find()) {
        read.put(field.group(1), file.getFileName().toString());
      }
    }
    return read;
  }

  private static List<Path> modelFiles() throws IOException {
    try (Stream<Path> files = Files.walk(MODELS)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The variables a FEEL expression ({@code =...}) reads; nothing for plain text. */
  static Set<String> feelNames(String value) {
    return value == null || !value.strip().startsWith("=")
        ? Set.of()
        : names(value.strip().substring(1));
  }

  /** The first names of the paths an expression reads ({@code deliverable} of its title). */
  static Set<String> names(String expression) {
    Set<String> names = new TreeSet<>();
    Matcher name = FEEL_NAME.matcher(FEEL_STRING.matcher(expression).replaceAll(" "));
    while (name.find()) {
      if (!FEEL_KEYWORDS.contains(name.group(1))) {
        names.add(name.group(1));
      }
    }
    return names;
  }

  private static boolean hasOnlyText(Element element) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
        return false;
      }
    }
    return true;
  }

  private static void forEachElement(Path file, Consumer<Element> action) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList all = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      action.accept((Element) all.item(i));
    }
  }

  private static void forEachText(JsonNode node, Consumer<String> action) {
    if (node.isTextual()) {
      action.accept(node.asText());
    }
    node.forEach(child -> forEachText(child, action));
  }
}
