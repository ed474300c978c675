package io.hookwire.runtime.hardening;

import io.hookwire.runtime.WebhookRequest;

/**
 * A request the fuzzer made, whether its signature is the genuine one for its body, and a short
 * description for failure messages (the seed reproduces the request itself).
 */
record FuzzedRequest(WebhookRequest request, boolean genuine, String description) {}
