package dev.flowsmith.archfixture.cli;

import dev.flowsmith.archfixture.model.PlainModel;
import dev.flowsmith.archfixture.workspace.PlainWorkspace;

/** Allowed: workspace and model. */
public final class PlainCli {
  public String run() {
    return new PlainWorkspace().launch(new PlainModel("x", null, java.util.List.of(), 0));
  }
}
