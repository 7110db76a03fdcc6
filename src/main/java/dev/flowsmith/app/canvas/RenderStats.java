package dev.flowsmith.app.canvas;

/**
 * What one frame drew, for tests and the benchmark: the work must follow what is on screen, not
 * the size of the flow.
 *
 * @param detailed false when the zoom was low enough to draw tiles as plain cards
 */
public record RenderStats(int tilesDrawn, int arrowsDrawn, boolean triggerDrawn, boolean gridDrawn,
    boolean detailed, long nanos) {}
