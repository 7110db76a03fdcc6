package dev.flowsmith.format.lint;

import java.util.Objects;

/**
 * One finding of {@link Linter}.
 *
 * @param code a stable kebab-case id such as {@code dangling-link}; tools and tests match on it
 * @param path where in the flow's canonical document the problem is, e.g.
 *     {@code $.operations[2].options.url}; {@code i} in {@code operations[i]} is the index in
 *     {@code flow.operations()} (file order). A path may name a member that is absent (a missing
 *     option); {@code ParsedJson.locate} then finds its parent.
 * @param message one sentence for a person, naming the operation key where there is one
 */
public record LintProblem(Severity severity, String code, String path, String message) {

  public LintProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return severity + " " + code + " at " + path + ": " + message;
  }
}
