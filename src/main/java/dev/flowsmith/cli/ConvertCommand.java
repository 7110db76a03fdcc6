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
        "Reads: canonical documents (one flow or an array), REST responses ({\"data\": …}), the Directus"
            + " app's exports (?export=json, csv, yaml; a flows export with its operations export beside it"
            + " or given with --operations), Studio export bundles (version 1 and 2), /utils/import batches"
            + " and folders, and directus-template-cli templates.",
        "Writes: canonical (default), rest, import (with -o DIR: directus_flows.json and"
            + " directus_operations.json for POST /utils/import/:collection; else one batch),"
            + " template (a directus-template-cli template: needs -o DIR)."})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "flow file, or a directus-template-cli folder")
  private Path input;

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", defaultValue = "canonical",
      description = "output format: canonical, rest, import, template (default: ${DEFAULT-VALUE})")
  private String to;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "write here (atomically) instead of standard output; a folder for --to template, and for"
          + " --to import unless it ends in .json")
  private Path output;

  @Option(names = "--operations", paramLabel = "FILE",
      description = "operations list (GET /operations) when INPUT lists operations by id only")
  private Path operations;

  @Option(names = "--template-name", paramLabel = "NAME",
      description = "templateName of --to template's package.json (default: the one flow's name, or the folder's)")
  private String templateName;

  @Option(names = "--flow", paramLabel = "ID_OR_NAME", description = "keep only this flow of a multi-flow input")
  private String flowFilter;

  @Override
  public Integer call() {
    TargetFormat target = TargetFormat.fromId(to).orElse(null);
    if (target == null) {
      return fail(TargetFormat.whyNotWritten(to).orElse("unknown format '" + to + "'; use " + TargetFormat.ids()));
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
        if (templateName == null) {
          FlowWriter.writeTemplateFolder(output, flows);
        } else {
          FlowWriter.writeTemplateFolder(output, flows, templateName);
        }
        return FlowsmithCli.OK;
      }
      if (target == TargetFormat.IMPORT_BATCH && output != null && !output.toString().endsWith(".json")) {
        FlowWriter.writeImportFolder(output, flows);
        return FlowsmithCli.OK;
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
    } catch (IllegalArgumentException cannotWrite) {
      return fail(input + ": " + cannotWrite.getMessage());
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
