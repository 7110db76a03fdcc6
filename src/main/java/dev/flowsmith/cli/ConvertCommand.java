package dev.flowsmith.cli;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convert}: any readable format in, any writable format out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts flows between formats.",
        "Reads: canonical documents (one flow or an array), REST responses ({\"data\": …}),"
            + " Studio export bundles (version 1 and 2), /utils/import batches and"
            + " directus-template-cli folders (flows.json + operations.json).",
        "Writes: canonical (default), studio, studio-v1, rest, import, template (a folder: needs --output)."})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "flow file, or a directus-template-cli folder")
  private Path input;

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", defaultValue = "canonical",
      description = "output format: canonical, studio, studio-v1, rest, import, template (default: ${DEFAULT-VALUE})")
  private String to;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "write here (atomically) instead of standard output; a folder for --to template")
  private Path output;

  @Option(names = "--operations", paramLabel = "FILE",
      description = "operations list (GET /operations) when INPUT lists operations by id only")
  private Path operations;

  @Option(names = "--flow", paramLabel = "ID_OR_NAME", description = "keep only this flow of a multi-flow input")
  private String flowFilter;

  @Override
  public Integer call() {
    TargetFormat target = TargetFormat.fromId(to).orElse(null);
    if (target == null) {
      return fail("unknown format '" + to + "'; use canonical, studio, studio-v1, rest, import or template");
    }
    try {
      FlowDocument document = InputFiles.read(input, operations);
      List<Flow> flows = select(document.flows());
      if (flows.isEmpty()) {
        return fail(input + ": " + (flowFilter == null ? "holds no flow" : "holds no flow '" + flowFilter + "'"));
      }
      if (target == TargetFormat.TEMPLATE_FOLDER) {
        if (output == null) {
          return fail("--to template writes a folder: give it with --output");
        }
        FlowWriter.writeTemplateFolder(output, flows);
        return FlowsmithCli.OK;
      }
      if (target == TargetFormat.STUDIO_BUNDLE_V1 && flows.size() != 1) {
        return fail("a version 1 Studio bundle holds one flow; this input has " + flows.size()
            + " (choose one with --flow, or use --to studio)");
      }
      String text = FlowWriter.write(flows, target);
      if (output == null) {
        spec.commandLine().getOut().print(text);
      } else {
        AtomicFiles.write(output, text);
      }
      return FlowsmithCli.OK;
    } catch (FlowFormatException bad) {
      return fail(bad.getMessage());
    } catch (IOException unwritable) {
      return fail("cannot write " + output + ": " + unwritable.getMessage());
    }
  }

  private List<Flow> select(List<Flow> flows) {
    if (flowFilter == null) {
      return flows;
    }
    return flows.stream().filter(f -> f.id().equals(flowFilter) || f.name().equals(flowFilter)).toList();
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("flowsmith convert: " + message);
    return FlowsmithCli.BAD_INPUT;
  }
}
