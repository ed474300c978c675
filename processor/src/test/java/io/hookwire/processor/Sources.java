package io.hookwire.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources for the processor, with the imports every receiver needs written once. */
final class Sources {
  static final String IMPORTS = """
      import io.hookwire.*;
      import io.hookwire.runtime.*;
      import com.fasterxml.jackson.databind.JsonNode;
      import java.util.*;
      """;

  private Sources() {}

  /** A source file for class {@code test.<simpleName>}, whose text follows the imports. */
  static JavaFileObject source(String simpleName, String code) {
    return JavaFileObjects.forSourceString("test." + simpleName, "package test;\n\n" + IMPORTS + "\n" + code);
  }

  /** Compiles the files with the Hookwire processor. */
  static Compilation compile(JavaFileObject... files) {
    return compiler().compile(files);
  }

  /** javac with a new Hookwire processor, which keeps state between rounds and so is not shared. */
  static Compiler compiler() {
    return javac().withProcessors(new WebhookProcessor());
  }
}
