package dev.flowsmith.app.canvas;

import org.jspecify.annotations.Nullable;

/**
 * What lies under a point of the canvas. Handles win over the tile body they sit on (editor.md
 * §5.1), so pressing a handle starts a connection rather than a move.
 */
public sealed interface HitTarget {

  /** A resolve handle; {@code operationId} is null for the trigger's. */
  record ResolveHandle(@Nullable String operationId) implements HitTarget {}

  record RejectHandle(String operationId) implements HitTarget {}

  record InputDot(String operationId) implements HitTarget {}

  record Tile(String operationId) implements HitTarget {}

  record TriggerTile() implements HitTarget {}

  record Empty() implements HitTarget {}

  HitTarget EMPTY = new Empty();
  HitTarget TRIGGER = new TriggerTile();
}
