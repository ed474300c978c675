package io.hookwire.postgres;

import java.util.regex.Pattern;

/**
 * The log's table, as {@code name} or {@code schema.name}: plain lower-case identifiers, so the
 * name a user gives is the name {@code psql} shows, and never any SQL of its own.
 */
record TableName(String schema, String name) {
  /** Leaves room for the suffix of the table's index name, "_updated_at", within 63 bytes. */
  static final int MAX_NAME_LENGTH = 52;

  private static final int MAX_IDENTIFIER_LENGTH = 63;
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  /**
   * Reads {@code qualified}, as {@code hookwire_delivery_log} or {@code webhooks.delivery_log}.
   *
   * @throws IllegalArgumentException if it is not one or two plain identifiers, or too long
   */
  static TableName parse(String qualified) {
    int dot = qualified.indexOf('.');
    String schema = dot < 0 ? null : qualified.substring(0, dot);
    String name = qualified.substring(dot + 1);
    if (!IDENTIFIER.matcher(name).matches() || (schema != null && !IDENTIFIER.matcher(schema).matches())) {
      throw new IllegalArgumentException("The delivery log's table must be name or schema.name, each made of"
          + " lower-case letters, digits and underscores, not starting with a digit: \"" + qualified + "\"");
    }
    if (name.length() > MAX_NAME_LENGTH || (schema != null && schema.length() > MAX_IDENTIFIER_LENGTH)) {
      throw new IllegalArgumentException("The delivery log's table name is longer than " + MAX_NAME_LENGTH
          + " characters, or its schema's than " + MAX_IDENTIFIER_LENGTH + ": \"" + qualified + "\"");
    }
    return new TableName(schema, name);
  }

  /** The table as SQL names it, quoted so that a reserved word such as {@code order} is a name too. */
  String sql() {
    return schema == null ? quote(name) : quote(schema) + "." + quote(name);
  }

  /** The name of the table's index {@code suffix}, created in the table's schema. */
  String index(String suffix) {
    return quote(name + "_" + suffix);
  }

  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }

  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }
}
