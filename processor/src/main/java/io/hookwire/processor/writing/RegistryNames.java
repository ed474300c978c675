package io.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import io.hookwire.processor.model.Receiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Names the registry of a compilation. Receivers compiled in separate jars mount together, so
 * every compilation's registry needs a name of its own: the {@code hookwire.registry} option when
 * given, otherwise a name derived from the receivers it lists, which no other compilation can
 * list, and which stays the same from build to build.
 */
public final class RegistryNames {
  /** The processor option that names the registry: {@code -Ahookwire.registry=com.acme.AcmeWebhooks}. */
  public static final String OPTION = "hookwire.registry";

  private static final Pattern DOT = Pattern.compile("\\.");

  private RegistryNames() {}

  /** Whether the option's value is a usable qualified class name. */
  public static boolean isValidOption(String value) {
    return DOT.splitAsStream(value).allMatch(part -> SourceVersion.isIdentifier(part) && !SourceVersion.isKeyword(part))
        && !value.endsWith(".");
  }

  /** The name given by the option. */
  public static ClassName fromOption(String value) {
    return ClassName.bestGuess(value);
  }

  /** {@code <package of the first receiver>.HookwireRegistry_<hash of the receivers' names>}. */
  public static ClassName derived(List<Receiver> receivers) {
    List<String> names = receivers.stream().map(Receiver::qualifiedName).sorted().toList();
    Receiver first = receivers.stream().filter(r -> r.qualifiedName().equals(names.get(0))).findFirst().orElseThrow();
    return ClassName.get(GeneratedNames.packageOf(first.element()), "HookwireRegistry_" + hash(String.join(",", names)));
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
