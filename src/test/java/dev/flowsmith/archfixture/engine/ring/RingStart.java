package dev.flowsmith.archfixture.engine.ring;

import dev.flowsmith.archfixture.engine.ring.back.RingBack;

/** Allowed on its own: a package using its subpackage. */
public final class RingStart {
  public int size(RingBack back) {
    return back.hashCode();
  }
}
