package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import java.util.List;

/** The flows read from one file or folder, and the format they came in. */
public record FlowDocument(List<Flow> flows, SourceFormat format, ParsedJson source) {

  public FlowDocument {
    flows = List.copyOf(flows);
  }

  /** The only flow of the document; an error naming the count when there is not exactly one. */
  public Flow single() throws FlowFormatException {
    if (flows.size() != 1) {
      throw new FlowFormatException(source.source(), null, null,
          "expected exactly one flow, the " + format.description() + " holds " + flows.size());
    }
    return flows.get(0);
  }
}
