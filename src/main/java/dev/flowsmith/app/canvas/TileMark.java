package dev.flowsmith.app.canvas;

/** A run overlay's mark on one tile: how its step ended, that it is running, or that it was skipped. */
public enum TileMark {
  RESOLVED,
  REJECTED,
  RUNNING,
  DIMMED
}
