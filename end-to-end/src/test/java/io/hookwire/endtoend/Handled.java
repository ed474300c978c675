package io.hookwire.endtoend;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the compiled test receivers' handlers were called with, for the tests to assert on. */
public final class Handled {
  private static final List<String> CALLS = new CopyOnWriteArrayList<>();

  private Handled() {}

  /** Called by a compiled receiver's handler. */
  public static void record(String call) {
    CALLS.add(call);
  }

  /** Every call so far, in order. */
  public static List<String> calls() {
    return List.copyOf(CALLS);
  }

  /** Forgets every call: each test starts from none. */
  public static void clear() {
    CALLS.clear();
  }
}
