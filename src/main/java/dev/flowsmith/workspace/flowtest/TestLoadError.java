package dev.flowsmith.workspace.flowtest;

import java.nio.file.Path;

/** A test file that could not be read; the message names file:line:column and JSON path. */
public record TestLoadError(Path path, String message) {}
