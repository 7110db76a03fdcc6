package dev.flowsmith.workspace.flowtest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as GitHub Actions, GitLab and Jenkins read it: a {@code testsuite} per test file, a
 * {@code testcase} per test, {@code failure}/{@code error}/{@code skipped} children; a file that
 * did not load is a suite with one {@code error} testcase.
 */
public final class JUnitXml {

  private JUnitXml() {}

  public static void write(List<FlowTestResult> results, List<TestLoadError> loadErrors, Path file)
      throws IOException {
    Map<Path, List<FlowTestResult>> byFile = new LinkedHashMap<>();
    for (FlowTestResult result : results) {
      byFile.computeIfAbsent(result.file(), f -> new java.util.ArrayList<>()).add(result);
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuites");
      for (Map.Entry<Path, List<FlowTestResult>> entry : byFile.entrySet()) {
        writeSuite(xml, entry.getKey(), entry.getValue());
      }
      for (TestLoadError error : loadErrors) {
        String name = error.path().getFileName().toString();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "1");
        xml.writeAttribute("skipped", "0");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", name);
        xml.writeAttribute("name", "(load)");
        xml.writeStartElement("error");
        xml.writeAttribute("message", error.message());
        xml.writeCharacters(error.message());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeSuite(XMLStreamWriter xml, Path path, List<FlowTestResult> results)
      throws XMLStreamException {
    String name = path.getFileName().toString();
    long failures = count(results, FlowTestResult.Status.FAILED);
    long errors = count(results, FlowTestResult.Status.ERROR);
    long skipped = count(results, FlowTestResult.Status.SKIPPED);
    double seconds = results.stream().mapToLong(r -> r.duration().toNanos()).sum() / 1e9;
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
    xml.writeAttribute("skipped", Long.toString(skipped));
    xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
    for (FlowTestResult result : results) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", name);
      xml.writeAttribute("name", result.testCase().name());
      xml.writeAttribute("time",
          String.format(Locale.ROOT, "%.3f", result.duration().toNanos() / 1e9));
      switch (result.status()) {
        case FAILED -> {
          StringBuilder text = new StringBuilder();
          for (Difference d : result.differences()) {
            text.append(d.path()).append(": expected ").append(d.expected())
                .append(", actual ").append(d.actual());
            if (d.stepKey() != null) {
              text.append(" (set by step ").append(d.stepKey()).append(')');
            }
            text.append('\n');
          }
          xml.writeStartElement("failure");
          xml.writeAttribute("message", result.differences().isEmpty() ? "failed"
              : text.substring(0, text.indexOf("\n")));
          xml.writeCharacters(text.toString());
          xml.writeEndElement();
        }
        case ERROR -> {
          String message = result.message() == null ? "error" : result.message();
          xml.writeStartElement("error");
          xml.writeAttribute("message", message);
          xml.writeCharacters(message);
          xml.writeEndElement();
        }
        case SKIPPED -> {
          xml.writeEmptyElement("skipped");
        }
        case PASSED -> { }
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static long count(List<FlowTestResult> results, FlowTestResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
