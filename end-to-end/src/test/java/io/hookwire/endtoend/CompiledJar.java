package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.WebhookProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Receivers compiled with the real processor and packed into a jar, as a user's build would: the
 * class files and the {@code META-INF/services} entry the processor wrote.
 */
final class CompiledJar {
  private final Path jar;

  private CompiledJar(Path jar) {
    this.jar = jar;
  }

  /** Compiles {@code sources} in one compilation and packs the output into {@code directory/name.jar}. */
  static CompiledJar compile(Path directory, String name, JavaFileObject... sources) {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WebhookProcessor())
        .compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    Path jar = directory.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String entry = classOutputEntry(file);
        if (entry != null) {
          out.putNextEntry(new JarEntry(entry));
          copy(file, out);
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CompiledJar(jar);
  }

  /** A class loader over the jars, whose parent is the test's own: the runtime and Jackson are shared. */
  static URLClassLoader loader(List<CompiledJar> jars) {
    URL[] urls = jars.stream().map(CompiledJar::url).toArray(URL[]::new);
    return new URLClassLoader(urls, CompiledJar.class.getClassLoader());
  }

  private URL url() {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path of a class-output file inside the jar, or null for a generated source. */
  private static String classOutputEntry(JavaFileObject file) {
    String name = file.toUri().getPath();
    String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    int start = name.indexOf(marker);
    return start < 0 ? null : name.substring(start + marker.length());
  }

  private static void copy(JavaFileObject file, OutputStream out) throws IOException {
    try (InputStream in = file.openInputStream()) {
      in.transferTo(out);
    }
  }
}
