/**
 * The run history views: {@link dev.flowsmith.app.history.HistoryPanel} (the open flow's runs,
 * by day, with Open, Compare, Delete, Prune… and "Paste Directus log…") and
 * {@link dev.flowsmith.app.history.RunDiffView} (two runs side by side). Colours live in the
 * "history" section of flowsmith.css.
 *
 * <p>Wiring: {@code new HistoryPanel(store, () -> editor == null ? null : editor.flow(), record ->
 * runPanel.show(record))} in a side panel or tab; call {@code refresh()} when the open flow or the
 * store changes (a new workspace), {@code dispose()} when the panel goes away. Compare opens a
 * window by default; {@code setOnCompare((a, b) -> …)} docks a {@code new RunDiffView(a, b)} instead.
 */
@NullMarked
package dev.flowsmith.app.history;

import org.jspecify.annotations.NullMarked;
