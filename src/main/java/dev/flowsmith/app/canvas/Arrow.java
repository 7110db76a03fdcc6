package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Link;

/**
 * One laid-out arrow of a flow.
 *
 * @param subdued drawn grey: its source is a loner (not reachable from the trigger, editor.md §4.1)
 */
public record Arrow(Link link, ArrowRoute route, Rect bounds, boolean subdued) {

  public Arrow(Link link, ArrowRoute route, boolean subdued) {
    this(link, route, route.bounds(), subdued);
  }
}
