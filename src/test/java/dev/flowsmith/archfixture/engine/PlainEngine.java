package dev.flowsmith.archfixture.engine;

import dev.flowsmith.archfixture.format.PlainFormat;
import dev.flowsmith.archfixture.model.PlainModel;

/** Allowed: format and model. */
public final class PlainEngine {
  public String run(PlainModel model) {
    return new PlainFormat().read(model);
  }
}
