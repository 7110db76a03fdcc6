package dev.flowsmith.app.panel;

import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the host offers option forms: the collection names of the workspace (may be empty), the
 * other flows (for Trigger Flow), and the data-chain paths for {@code {{ }}} completion.
 */
public record FormContext(Supplier<List<String>> collections, Supplier<List<Flow>> flows,
    Supplier<List<String>> chainPaths) {

  public FormContext withChainPaths(Supplier<List<String>> paths) {
    return new FormContext(collections, flows, paths);
  }
}
