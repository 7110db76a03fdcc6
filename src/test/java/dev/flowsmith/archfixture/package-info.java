/**
 * Classes shaped like the layers, some breaking the rules on purpose, for
 * {@code ArchitectureRulesSelfTest}. They live in test sources, so the production
 * {@code ArchitectureTest} (which imports production classes only) never sees them.
 */
package dev.flowsmith.archfixture;
