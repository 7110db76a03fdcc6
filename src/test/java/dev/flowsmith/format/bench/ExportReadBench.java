package dev.flowsmith.format.bench;

import dev.flowsmith.format.FlowReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reading the Directus app's CSV and YAML exports of N flows × 20 operations, to check that
 * reading stays linear: 1,600 flows should take about 16 times as long as 100.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.flowsmith.format.bench.ExportReadBench}
 */
public final class ExportReadBench {

  private static final int OPERATIONS = 20;

  private ExportReadBench() {}

  public static void main(String[] args) throws Exception {
    for (String syntax : List.of("csv", "yaml")) {
      double small = 0;
      for (int flows : new int[] {100, 1_600}) {
        String[] texts = export(flows, syntax);
        read(texts, syntax); // warm up
        read(texts, syntax);
        int runs = flows == 100 ? 20 : 3;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
          read(texts, syntax);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        if (flows == 100) {
          small = ms;
        }
        System.out.printf(Locale.ROOT, "%s %5d flows x %d ops (%,d + %,d chars): %8.1f ms%s%n", syntax, flows,
            OPERATIONS, texts[0].length(), texts[1].length(), ms,
            flows == 100 ? "" : String.format(Locale.ROOT, "  ratio %.1f for 16x the input", ms / small));
      }
    }
  }

  private static void read(String[] texts, String syntax) throws Exception {
    int count = FlowReader.readSeparate(texts[0], "directus_flows." + syntax, texts[1],
        "directus_operations." + syntax).flows().size();
    if (count == 0) {
      throw new IllegalStateException("no flows read");
    }
  }

  /** Flows and operations exports as the Directus app writes them (json2csv; js-yaml). */
  private static String[] export(int flowCount, String syntax) {
    boolean csv = syntax.equals("csv");
    StringBuilder flows = new StringBuilder(csv ? "\"id\",\"name\",\"icon\",\"color\",\"description\",\"status\","
        + "\"trigger\",\"accountability\",\"options.method\",\"options.async\",\"operation\",\"date_created\","
        + "\"user_created\",\"operations\"\n" : "");
    StringBuilder ops = new StringBuilder(csv ? "\"id\",\"name\",\"key\",\"type\",\"position_x\",\"position_y\","
        + "\"options.message\",\"options.level.deep\",\"resolve\",\"reject\",\"flow\",\"date_created\","
        + "\"user_created\"\n" : "");
    for (int f = 0; f < flowCount; f++) {
      String flowId = UUID.randomUUID().toString();
      List<String> opIds = new ArrayList<>();
      for (int o = 0; o < OPERATIONS; o++) {
        opIds.add(UUID.randomUUID().toString());
      }
      String idList = "[\"" + String.join("\",\"", opIds) + "\"]";
      if (csv) {
        flows.append('"').append(flowId).append("\",\"Flow ").append(f).append("\",\"bolt\",,\"d, \"\"q\"\"\",")
            .append("\"inactive\",\"webhook\",\"all\",\"POST\",false,\"").append(opIds.get(0))
            .append("\",\"2026-12-07T05:56:48\",,\"").append(idList.replace("\"", "\"\"")).append("\"\n");
      } else {
        flows.append("- id: ").append(flowId).append("\n  name: Flow ").append(f)
            .append("\n  icon: bolt\n  color: null\n  description: 'd, \"q\"'\n  status: inactive\n")
            .append("  trigger: webhook\n  accountability: all\n  options:\n    method: POST\n    async: false\n")
            .append("  operation: ").append(opIds.get(0)).append("\n  date_created: '2026-12-07T05:56:48'\n")
            .append("  user_created: null\n  operations:\n");
        opIds.forEach(id -> flows.append("    - ").append(id).append('\n'));
      }
      for (int o = 0; o < OPERATIONS; o++) {
        String resolve = o + 1 < OPERATIONS ? opIds.get(o + 1) : null;
        if (csv) {
          ops.append('"').append(opIds.get(o)).append("\",\"Step ").append(o).append("\",\"step_").append(o)
              .append("\",\"log\",").append(19 + 18 * o).append(",1,\"hello {{$trigger.body}}\n line two\",")
              .append(o).append(',').append(resolve == null ? "" : "\"" + resolve + "\"").append(",,\"")
              .append(flowId).append("\",\"2026-12-07T05:56:48\",\n");
        } else {
          ops.append("- id: ").append(opIds.get(o)).append("\n  name: Step ").append(o).append("\n  key: step_")
              .append(o).append("\n  type: log\n  position_x: ").append(19 + 18 * o).append("\n  position_y: 1\n")
              .append("  options:\n    message: |-\n      hello {{$trigger.body}}\n       line two\n    level:\n")
              .append("      deep: ").append(o).append("\n  resolve: ").append(resolve == null ? "null" : resolve)
              .append("\n  reject: null\n  flow: ").append(flowId).append("\n  date_created: '2026-12-07T05:56:48'\n")
              .append("  user_created: null\n");
        }
      }
    }
    return new String[] {flows.toString(), ops.toString()};
  }
}
