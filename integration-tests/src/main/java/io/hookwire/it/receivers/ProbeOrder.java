package io.hookwire.it.receivers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The typed event of the probes: a string, an {@code int}, arbitrary-precision numbers and a list,
 * so that hostile numbers and shapes meet every kind of binder.
 */
public record ProbeOrder(String id, int quantity, BigDecimal amount, BigInteger serial, List<String> tags) {}
