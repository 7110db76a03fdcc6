/**
 * Run history kept in the workspace: every finished run as a file under
 * {@code runs/<flowId>/} in Directus's run-log shape (engine.md §8), logs pasted from a Directus
 * server (format.md §11), and the comparison of two runs.
 *
 * <ul>
 *   <li>{@link dev.flowsmith.workspace.history.RunRecord}: one run, live or pasted.
 *   <li>{@link dev.flowsmith.workspace.history.RunLogCodec}: a record as JSON, Directus shape plus a
 *       {@code "flowsmith"} member with what Directus does not record.
 *   <li>{@link dev.flowsmith.workspace.history.DirectusLogImport}: what a user pastes from Directus.
 *   <li>{@link dev.flowsmith.workspace.history.RunLogStore}: the files, newest first, capped per flow
 *       by the {@code runHistoryLimit} setting; {@code attach(runtime)} records every run of a runtime.
 *   <li>{@link dev.flowsmith.workspace.history.RunDiff}: what differs between two runs.
 * </ul>
 *
 * <p>Wiring: one store per open runtime — {@code store = new RunLogStore(runtime.folder());
 * detach = store.attach(runtime);} when the runtime opens, {@code detach.run(); store.close();}
 * before it closes. The app launches its own test runs as
 * {@code store.launchAs("app", () -> runtime.launch(flow, trigger, accountability))} so they are
 * stored with source {@code app} rather than the flow's trigger type.
 */
@NullMarked
package dev.flowsmith.workspace.history;

import org.jspecify.annotations.NullMarked;
