/**
 * A Directus server as a place flows run: {@link dev.flowsmith.workspace.server.DirectusHttp} (a small
 * REST client), {@link dev.flowsmith.workspace.server.ServerTarget} (which server and token),
 * {@link dev.flowsmith.workspace.server.ServerRun} (run a flow on the server through a temporary copy and
 * read its run log), {@link dev.flowsmith.workspace.server.ServerComparison} (a local run beside the
 * server's, with the differences that are expected named) and
 * {@link dev.flowsmith.workspace.server.ServerData} (schema and items pulled into {@code data.db}).
 */
@NullMarked
package dev.flowsmith.workspace.server;

import org.jspecify.annotations.NullMarked;
