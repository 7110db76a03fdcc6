package dev.flowsmith.archfixture.engine.ring.back;

import dev.flowsmith.archfixture.engine.ring.RingStart;

/** Breaks the no-cycles rule: uses the package that uses it (as HttpTransport once used operation.Cancellation). */
public final class RingBack {
  public int back(RingStart start) {
    return start.size(this);
  }
}
