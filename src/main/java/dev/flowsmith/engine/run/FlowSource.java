package dev.flowsmith.engine.run;

import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.Optional;

/** The flows a trigger operation can start: the workspace's, or a fixed list in tests and the CLI. */
@FunctionalInterface
public interface FlowSource {

  FlowSource NONE = id -> Optional.empty();

  Optional<Flow> find(String flowId);

  static FlowSource of(List<Flow> flows) {
    return id -> flows.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
