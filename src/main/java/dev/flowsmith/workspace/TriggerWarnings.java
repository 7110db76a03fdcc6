package dev.flowsmith.workspace;

import dev.flowsmith.model.Flow;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * Where trigger sources report what Directus only logs: a schedule that is not registered, a run
 * that failed in the background, an event loop stopped at the depth limit. The app shows them
 * next to the flow; headless use logs them.
 */
@FunctionalInterface
public interface TriggerWarnings {

  TriggerWarnings LOG = (flow, message, error) -> System.getLogger("dev.flowsmith.workspace")
      .log(Level.WARNING, "Flow " + flow.id() + " (" + flow.name() + "): " + message, error);

  /** @param error the cause, or null */
  void warn(Flow flow, String message, @Nullable Throwable error);
}
