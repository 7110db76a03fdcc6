/**
 * Condition filters (engine.md §7): the filter is normalised as Directus' {@code parseFilter}
 * does ({@link dev.flowsmith.engine.filter.FilterNormalizer}), each rule is checked against the
 * data chain the way the Joi schema Directus builds from it would check it, and failures become
 * {@code FAILED_VALIDATION} errors with Directus' messages. The JS pieces this needs — date
 * parsing, regular expressions, number conversion — are reproduced here with V8's behaviour.
 */
@NullMarked
package dev.flowsmith.engine.filter;

import org.jspecify.annotations.NullMarked;
