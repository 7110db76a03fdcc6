package dev.flowsmith.cli;

import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads the flow inputs of the commands, turning every failure into one clear message. */
final class InputFiles {

  private InputFiles() {}

  /** Reads {@code input}, with its operations from {@code operations} when they come separately. */
  static FlowDocument read(Path input, @Nullable Path operations) throws FlowFormatException {
    try {
      if (operations != null) {
        return FlowReader.readSeparate(FlowReader.readText(input), input.toString(),
            FlowReader.readText(operations), operations.toString());
      }
      return FlowReader.read(input);
    } catch (NoSuchFileException missing) {
      throw new FlowFormatException(missing.getFile(), null, null, "no such file or folder");
    } catch (IOException unreadable) {
      throw new FlowFormatException(input.toString(), null, null, "cannot read: " + unreadable.getMessage());
    }
  }
}
