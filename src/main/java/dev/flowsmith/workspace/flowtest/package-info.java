/**
 * Flow tests (issue 12): {@code tests/*.test.json} files in a workspace, run against the local
 * engine with mocks, a fixed clock, a throw-away item store and the mail they send; checked by
 * {@code expect}, reported as JUnit XML and coverage (docs/architecture.md, "Flow tests").
 */
@NullMarked
package dev.flowsmith.workspace.flowtest;

import org.jspecify.annotations.NullMarked;
