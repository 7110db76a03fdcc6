/**
 * The runtime JavaScript value model of the data chain (engine.md §1): undefined vs null, IEEE
 * numbers printed the JS way, JS property order, error objects with hidden and enumerable
 * properties, dates. Values are immutable; {@link dev.flowsmith.engine.value.DataChain} is the
 * one mutable map a run writes into.
 */
@NullMarked
package dev.flowsmith.engine.value;

import org.jspecify.annotations.NullMarked;
