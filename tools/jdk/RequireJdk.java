import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Run by the build before anything else (java tools/jdk/RequireJdk.java 21, on the Java that runs
 * Maven): stops at once, saying what to install, when no JDK of the required version is where
 * maven-toolchains-plugin looks for one. The plugin then picks the JDK; this only explains its
 * absence better than "define toolchains.xml".
 */
public class RequireJdk {

  public static void main(String[] args) throws IOException {
    int required = Integer.parseInt(args[0]);
    if (Runtime.version().feature() >= required) {
      return;
    }
    for (Path home : candidates()) {
      if (feature(home) >= required && Files.isExecutable(home.resolve("bin/javac"))) {
        return;
      }
    }
    System.err.printf(
        "%n  Exit Desk needs a JDK %d or newer (the Zeebe engine jars are Java %d bytecode), and"
            + " none was found.%n  Maven itself runs on Java %d; that is fine, but the build"
            + " compiles, tests and runs with a JDK %d+.%n  Install one where JDKs usually live"
            + " (e.g. Eclipse Temurin %d+ under /usr/lib/jvm, with SDKMAN, or your package"
            + " manager's openjdk-%d-jdk)%n  and run the same command again; JAVA_HOME need not"
            + " change.%n%n",
        required, required, Runtime.version().feature(), required, required, required);
    System.exit(1);
  }

  private static List<Path> candidates() throws IOException {
    List<Path> homes = new ArrayList<>();
    System.getenv().forEach((name, value) -> {
      if (name.matches("JAVA\\d*_HOME")) {
        homes.add(Path.of(value));
      }
    });
    String user = System.getProperty("user.home");
    for (String root :
        List.of(
            "/usr/lib/jvm",
            "/usr/java",
            "/opt/java",
            "/Library/Java/JavaVirtualMachines",
            user + "/.sdkman/candidates/java",
            user + "/.jdks",
            "C:\\Program Files\\Java",
            "C:\\Program Files\\Eclipse Adoptium")) {
      Path dir = Path.of(root);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> children = Files.list(dir)) {
          children.forEach(
              child -> {
                homes.add(child);
                homes.add(child.resolve("Contents/Home"));
              });
        }
      }
    }
    return homes;
  }

  private static int feature(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(release)) {
      properties.load(in);
    } catch (IOException e) {
      return 0;
    }
    String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
    try {
      return Integer.parseInt(version.split("[.+-]")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
