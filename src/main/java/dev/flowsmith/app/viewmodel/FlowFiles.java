package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** File reading and writing as the window needs it: every read failure becomes one located message. */
final class FlowFiles {

  private FlowFiles() {}

  /** Reads any supported format; an I/O failure is reported like a format error so the UI has one path. */
  static FlowDocument read(Path path) throws FlowFormatException {
    try {
      return FlowReader.read(path);
    } catch (NoSuchFileException missing) {
      throw new FlowFormatException(path.toString(), null, null, "the file does not exist");
    } catch (AccessDeniedException denied) {
      throw new FlowFormatException(path.toString(), null, null, "permission denied");
    } catch (IOException failed) {
      throw new FlowFormatException(path.toString(), null, null, "cannot be read: " + describe(failed));
    }
  }

  static void writeCanonical(Path file, Flow flow) throws IOException {
    AtomicFiles.write(file, FlowWriter.canonical(flow));
  }

  /** Whether {@code format} is written as a folder: a template, and the two files Directus imports. */
  static boolean writesFolder(TargetFormat format) {
    return format == TargetFormat.TEMPLATE_FOLDER || format == TargetFormat.IMPORT_BATCH;
  }

  /** Writes {@code flows} in {@code format}: a file, or (a template, an import) a folder. */
  static void export(List<Flow> flows, TargetFormat format, Path target) throws IOException {
    if (format == TargetFormat.TEMPLATE_FOLDER) {
      FlowWriter.writeTemplateFolder(target, flows);
    } else if (format == TargetFormat.IMPORT_BATCH) {
      FlowWriter.writeImportFolder(target, flows);
    } else {
      AtomicFiles.write(target, FlowWriter.write(flows, format));
    }
  }

  /** "Notify author on publish" → "notify-author-on-publish", the name offered by Save As and Export. */
  static String baseName(Flow flow) {
    String slug = flow.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "flow" : slug;
  }

  /** The message of an I/O failure, which for many JDK exceptions is only the file name. */
  static String describe(IOException failed) {
    String kind = failed.getClass().getSimpleName().replaceAll("Exception$", "");
    return failed.getMessage() == null ? kind : kind + " (" + failed.getMessage() + ")";
  }
}
