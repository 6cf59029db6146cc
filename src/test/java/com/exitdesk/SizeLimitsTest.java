package com.exitdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size is a symptom: a class past ~300 lines usually holds two ideas, a method past ~60 lines
 * several steps. The production sources are parsed with the JDK's own compiler front end (syntax
 * trees with exact positions, no regular expressions), and:
 *
 * <ul>
 *   <li>a source file over {@value #MAX_FILE_LINES} lines must say why at its top: its top-level
 *       type's Javadoc has a sentence starting with {@value #REASON_MARKER} (an entity with many
 *       columns, say), so growing past the limit is a decision someone wrote down;
 *   <li>no method or constructor spans more than {@value #MAX_METHOD_LINES} lines, from its first
 *       annotation or modifier to its closing brace (lambdas and local classes count towards the
 *       method that holds them; a method of a nested or anonymous class is measured on its own).
 * </ul>
 */
class SizeLimitsTest {

  static final int MAX_FILE_LINES = 300;
  static final int MAX_METHOD_LINES = 60;
  static final String REASON_MARKER = "Longer than 300 lines because";

  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void classesAndMethodsStayWithinTheirLimits() throws IOException {
    List<Violation> violations = scan(SOURCES);

    assertThat(violations)
        .as(
            "Split by capability, or (classes only) give the reason in the top Javadoc starting"
                + " with \"%s\"",
            REASON_MARKER)
        .isEmpty();
  }

  /** The check itself must see what it claims to see, or an empty result proves nothing. */
  @Test
  void theCheckFindsLongMethodsAndUnexplainedLongClasses(@TempDir Path dir) throws IOException {
    String longMethod =
        "class Long {\n  void m() {\n" + "    int a = 1;\n".repeat(MAX_METHOD_LINES) + "  }\n}\n";
    String longClass =
        "/** Holds many fields. */\nclass Wide {\n" + "  int a;\n".repeat(MAX_FILE_LINES) + "}\n";
    String explained =
        "/**\n * Holds many fields. "
            + REASON_MARKER
            + " each column is one field.\n */\nclass Explained {\n"
            + "  int a;\n".repeat(MAX_FILE_LINES)
            + "}\n";
    String shortEnough =
        "class Fine {\n  void m() {\n"
            + "    int a = 1;\n".repeat(MAX_METHOD_LINES - 2)
            + "  }\n}\n";
    Files.writeString(dir.resolve("Long.java"), longMethod);
    Files.writeString(dir.resolve("Wide.java"), longClass);
    Files.writeString(dir.resolve("Explained.java"), explained);
    Files.writeString(dir.resolve("Fine.java"), shortEnough);

    assertThat(scan(dir))
        .extracting(Violation::file, Violation::what)
        .containsExactlyInAnyOrder(tuple("Long.java", "method m"), tuple("Wide.java", "file"));
  }

  private static List<Violation> scan(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, null, null)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  new StringWriter(),
                  fileManager,
                  diagnostics,
                  List.of("-proc:none"),
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files));
      List<Violation> violations = new ArrayList<>();
      for (CompilationUnitTree unit : task.parse()) {
        violations.addAll(new Measure(root, unit, DocTrees.instance(task)).violations());
      }
      List<Diagnostic<? extends JavaFileObject>> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .toList();
      assertThat(errors).as("the sources must parse").isEmpty();
      return violations;
    }
  }

  record Violation(String file, String what, long lines, long line) {
    @Override
    public String toString() {
      return file + ":" + line + " " + what + " has " + lines + " lines";
    }
  }

  /** Measures one compilation unit: its length, and each method's span. */
  private static final class Measure extends TreePathScanner<Void, Void> {

    private final String file;
    private final CompilationUnitTree unit;
    private final DocTrees trees;
    private final SourcePositions positions;
    private final LineMap lines;
    private final List<Violation> found = new ArrayList<>();

    Measure(Path root, CompilationUnitTree unit, DocTrees trees) {
      this.file =
          root.toAbsolutePath()
              .relativize(Path.of(unit.getSourceFile().toUri()))
              .toString()
              .replace('\\', '/');
      this.unit = unit;
      this.trees = trees;
      this.positions = trees.getSourcePositions();
      this.lines = unit.getLineMap();
    }

    List<Violation> violations() throws IOException {
      long fileLines = Files.readAllLines(Path.of(unit.getSourceFile().toUri())).size();
      if (fileLines > MAX_FILE_LINES && !explained()) {
        found.add(new Violation(file, "file", fileLines, 1));
      }
      scan(unit, null);
      return found;
    }

    private boolean explained() {
      return unit.getTypeDecls().stream()
          .filter(ClassTree.class::isInstance)
          .map(type -> trees.getDocCommentTree(new TreePath(new TreePath(unit), type)))
          .filter(doc -> doc != null)
          .map(DocCommentTree::toString)
          .anyMatch(doc -> doc.replaceAll("\\s+", " ").contains(REASON_MARKER));
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      long start = positions.getStartPosition(unit, method);
      long end = positions.getEndPosition(unit, method);
      if (start >= 0 && end >= 0 && method.getBody() != null) {
        long first = lines.getLineNumber(start);
        long span = lines.getLineNumber(end) - first + 1;
        if (span > MAX_METHOD_LINES) {
          found.add(new Violation(file, describe(method), span, first));
        }
      }
      return super.visitMethod(method, unused);
    }

    private String describe(MethodTree method) {
      if (!method.getName().contentEquals("<init>")) {
        return "method " + method.getName();
      }
      Tree owner = getCurrentPath().getParentPath().getLeaf();
      return "constructor "
          + (owner instanceof ClassTree type ? type.getSimpleName() : method.getName());
    }
  }
}
