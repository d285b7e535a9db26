package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Compiles and runs the Java example in README.md, so that it cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmeExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has a ```java block");
    String source = m.group(1);
    Matcher cls = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(cls.find(), "the README example declares a public class");
    String output = compileAndRun(cls.group(1), source);
    assertTrue(output.contains("yesterday, Tuesday -> 2026-03-10"), output);
    assertTrue(output.contains("KILLED [6..+inf)"), output);
    assertTrue(output.contains("INJURED 37"), output);
  }

  static String compileAndRun(String className, String source) throws Exception {
    Path dir = Files.createTempDirectory("dateline-example");
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
        "-d", dir.toString(), file.toString());
    assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
    // A separate JVM, so the example's System.out is its own and no global state is touched.
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", dir + File.pathSeparator + System.getProperty("java.class.path"),
        className).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
    return output;
  }
}
