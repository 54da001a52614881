package io.netobs.testing.extrahop;

import io.netobs.testing.FakeResponse;

/** The behaviour of one catalogue operation; runs under the state lock chosen by its route. */
@FunctionalInterface
interface Handler {
  FakeResponse handle(Call call);
}
