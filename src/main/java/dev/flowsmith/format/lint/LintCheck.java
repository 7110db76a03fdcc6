package dev.flowsmith.format.lint;

/** One group of related lint rules; {@link Linter} runs them all and sorts what they report. */
interface LintCheck {

  void check(LintContext context);
}
