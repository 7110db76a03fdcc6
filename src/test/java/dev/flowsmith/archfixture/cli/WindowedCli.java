package dev.flowsmith.archfixture.cli;

import dev.flowsmith.archfixture.app.FixtureWindow;
import dev.flowsmith.archfixture.engine.PlainEngine;

/** The engine is fine; opening a window from the headless CLI is not. */
public final class WindowedCli {
  public Object run() {
    return new PlainEngine() + new FixtureWindow().title();
  }
}
