package io.netobs.testing;

/**
 * The behaviour of one fake service (ExtraHop or Kentik): answers a request from its in-memory
 * state. The server layer around it records the journal, applies faults and checks nothing else;
 * each API checks its own credentials, because the two services authenticate differently.
 */
@FunctionalInterface
public interface FakeApi {
  /**
   * Answers one request. Must be thread-safe: the server calls it from many connections at once.
   */
  FakeResponse handle(FakeRequest request);
}
