package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.FlowState;
import java.util.Locale;

/** How a {@link FlowState} is shown: a symbol, words, and the CSS class that colours it. */
public final class StateText {

  private StateText() {}

  /** A symbol a user can read without the colour: ✓ same, ↑ to push, ↓ to pull, ⚠ both, + here, ☁ there. */
  public static String symbol(FlowState state) {
    return switch (state) {
      case SAME -> "✓";
      case CHANGED_HERE -> "↑";
      case CHANGED_THERE -> "↓";
      case CHANGED_BOTH -> "⚠";
      case ONLY_HERE -> "+";
      case ONLY_THERE -> "☁";
    };
  }

  /** "changed on both", "only on the server" … */
  public static String words(FlowState state) {
    return switch (state) {
      case SAME -> "same";
      case CHANGED_HERE -> "changed here";
      case CHANGED_THERE -> "changed there";
      case CHANGED_BOTH -> "changed on both";
      case ONLY_HERE -> "only here";
      case ONLY_THERE -> "only there";
    };
  }

  /** {@code sync-state-changed-here}. */
  public static String styleClass(FlowState state) {
    return "sync-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
