package dev.flowsmith.workspace.server;

import dev.flowsmith.model.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One field that differs between the workspace and the server.
 *
 * @param path where, e.g. {@code name}, {@code options.collection},
 *     {@code operations[send_mail].options.to}, {@code operations[log]} (a whole operation)
 * @param local the workspace's value; null when the field or operation is only on the server
 * @param server the server's value; null when the field or operation is only in the workspace
 */
public record FieldDifference(String path, @Nullable JsonValue local, @Nullable JsonValue server) {}
