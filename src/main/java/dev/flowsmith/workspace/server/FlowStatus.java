package dev.flowsmith.workspace.server;

/** One flow's {@link FlowState}; {@code name} is the workspace's name, else the server's. */
public record FlowStatus(String id, String name, FlowState state) {}
