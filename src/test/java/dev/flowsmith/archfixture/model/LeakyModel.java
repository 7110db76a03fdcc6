package dev.flowsmith.archfixture.model;

import com.fasterxml.jackson.core.JsonFactory;
import dev.flowsmith.archfixture.engine.PlainEngine;

/** Breaks two rules: the model uses Jackson, and it reaches outward into the engine. */
public final class LeakyModel {
  public JsonFactory factory() {
    return new JsonFactory();
  }

  public PlainEngine engine() {
    return new PlainEngine();
  }
}
