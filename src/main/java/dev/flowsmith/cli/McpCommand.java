package dev.flowsmith.cli;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.mcp.FlowsmithMcpServer;
import dev.flowsmith.mcp.McpHttpEndpoint;
import dev.flowsmith.workspace.server.TokenStore;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mcp}: the workspace as a Model Context Protocol server for AI assistants. Standard output
 * carries the protocol only, so everything else — picocli's own output included — goes to
 * standard error, and {@code System.out} is pointed there too while it runs.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
    description = {"Serves the workspace to an AI assistant over MCP: newline-delimited JSON-RPC on stdin/stdout,",
        "and with --http PORT also Streamable HTTP on http://127.0.0.1:PORT/mcp.",
        "Tools: flows, operations, trigger-flow, items, schema (as Directus's MCP server names them), lint, run,",
        "test, layout, diff. Logs go to standard error. Stops when stdin closes (or on Ctrl+C)."})
final class McpCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--workspace", paramLabel = "DIR", required = true,
      description = "the workspace folder (created with an empty workspace.json and flows/ if it does not exist)")
  private Path workspace;

  @Option(names = "--http", paramLabel = "PORT",
      description = "also serve Streamable HTTP on 127.0.0.1:PORT (0 = any free port; the URL is logged)")
  private Integer httpPort;

  @Override
  public Integer call() {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    PrintStream previousOut = System.out;
    System.setOut(log); // a stray println must not corrupt the JSON-RPC stream
    try {
      return serve(new FileInputStream(FileDescriptor.in), protocol, log);
    } finally {
      System.setOut(previousOut);
    }
  }

  int serve(InputStream in, OutputStream out, PrintStream log) {
    try {
      if (!WorkspaceFolder.isWorkspace(workspace)) {
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
          log.println("flowsmith mcp: " + workspace + " is a file, not a workspace folder");
          return FlowsmithCli.BAD_INPUT;
        }
        WorkspaceFolder.create(workspace);
        log.println("flowsmith mcp: created an empty workspace in " + workspace);
      }
      WorkspaceFolder folder = WorkspaceFolder.open(workspace);
      folder.problems().forEach(p -> log.println("flowsmith mcp: cannot read " + p.getMessage()));
    } catch (Exception unreadable) {
      log.println("flowsmith mcp: " + unreadable.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
    CountDownLatch inputClosed = new CountDownLatch(1);
    InputStream watched = new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          inputClosed.countDown();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
          inputClosed.countDown();
        }
        return n;
      }
    };
    try (FlowsmithMcpServer server = new FlowsmithMcpServer(workspace.toAbsolutePath().normalize(),
        VersionInfo.version(), log, System::getenv, TokenStore.standard())) {
      server.serveStdio(watched, out);
      if (httpPort != null) {
        McpHttpEndpoint endpoint = server.serveHttp(httpPort);
        log.println("flowsmith mcp: Streamable HTTP on " + endpoint.url());
      }
      log.println("flowsmith mcp: serving " + workspace.toAbsolutePath().normalize() + " (tools: "
          + String.join(", ", server.toolNames()) + ")");
      Thread hook = new Thread(inputClosed::countDown, "flowsmith-mcp-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      inputClosed.await();
      return FlowsmithCli.OK;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return FlowsmithCli.OK;
    } catch (Exception cannotStart) {
      log.println("flowsmith mcp: " + cannotStart.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
  }
}
