package dev.flowsmith.archfixture.workspace;

import dev.flowsmith.archfixture.engine.PlainEngine;
import dev.flowsmith.archfixture.model.PlainModel;

/** Allowed: engine and model. */
public final class PlainWorkspace {
  public String launch(PlainModel model) {
    return new PlainEngine().run(model);
  }
}
