package io.netobs.http.internal;

import java.util.Set;

/**
 * Implemented by the SDK's own {@link io.netobs.http.Auth} schemes: the secret strings they hold,
 * so that the core can scrub them from any log line or exception text, whatever a server echoes
 * back.
 */
public interface SecretValues {
  /** The secrets currently held (keys, tokens, client secrets). */
  Set<String> secretValues();
}
