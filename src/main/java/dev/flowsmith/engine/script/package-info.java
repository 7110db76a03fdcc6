/**
 * The Run Script sandbox behind the {@code exec} operation (engine.md §6.2): GraalJS contexts
 * with no host access, fed and read through a structured-clone-like copy, stopped by a watchdog
 * for timeouts, cancellation and memory. {@link dev.flowsmith.engine.script.ProcessScriptRunner}
 * runs scripts in warm worker JVMs so that a script that exhausts memory cannot take the app
 * down; {@link dev.flowsmith.engine.script.InProcessScriptRunner} runs them in this JVM.
 */
@NullMarked
package dev.flowsmith.engine.script;

import org.jspecify.annotations.NullMarked;
