package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Link;
import javafx.geometry.Point2D;
import org.jspecify.annotations.Nullable;

/**
 * The live arrow of a drag-to-connect (editor.md §5.4).
 *
 * @param fromOperationId the source operation, or null for the trigger's resolve handle
 * @param end the world point the arrow reaches: the pointer, or the input it snapped to
 * @param snappedToInput true when releasing now would connect; drawn as a finished arrow
 */
public record ConnectPreview(@Nullable String fromOperationId, Link.Kind kind, Point2D end, boolean snappedToInput) {}
