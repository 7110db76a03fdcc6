/**
 * Option templating (engine.md §5): {@code {{ path }}} rendering of operation options against the
 * data chain with micromustache 8 path semantics, and the option parsing helpers operations use
 * after rendering. Errors are thrown as {@link dev.flowsmith.engine.value.JsException} carrying
 * the SyntaxError / ReferenceError / TypeError Directus would reject with.
 */
@NullMarked
package dev.flowsmith.engine.template;

import org.jspecify.annotations.NullMarked;
