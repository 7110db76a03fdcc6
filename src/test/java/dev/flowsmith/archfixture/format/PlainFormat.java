package dev.flowsmith.archfixture.format;

import com.fasterxml.jackson.core.JsonFactory;
import dev.flowsmith.archfixture.model.PlainModel;

/** Allowed: the model and Jackson. */
public final class PlainFormat {
  public String read(PlainModel model) {
    return new JsonFactory().getFormatName() + model.id();
  }
}
