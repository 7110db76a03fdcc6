package dev.flowsmith.workspace.flowtest;

import org.jspecify.annotations.Nullable;

/**
 * One expectation that did not hold.
 *
 * @param path the expectation's path, e.g. {@code chain.fetch.data[0].id} or {@code status}
 * @param expected the expected value or matcher, as JSON text
 * @param actual the actual value as JSON text, or {@code (missing)}
 * @param stepKey the operation whose step set the path, or null
 */
public record Difference(String path, String expected, String actual, @Nullable String stepKey) {}
