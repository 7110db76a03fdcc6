/**
 * Flow tests (issue 12): {@code tests/*.test.json} files in a workspace, run against the local
 * engine with mocks, a fixed clock and a throw-away item store. API only so far; see the
 * flowtest branch report for what is implemented.
 */
@NullMarked
package dev.flowsmith.workspace.flowtest;

import org.jspecify.annotations.NullMarked;
