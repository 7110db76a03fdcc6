package dev.flowsmith.archfixture.mcp;

import dev.flowsmith.archfixture.model.PlainModel;
import dev.flowsmith.archfixture.workspace.PlainWorkspace;

/** Allowed: an outer layer beside cli, using the workspace and the model. */
public final class PlainMcp {
  public String tool(PlainModel model) {
    return new PlainWorkspace().launch(model);
  }
}
