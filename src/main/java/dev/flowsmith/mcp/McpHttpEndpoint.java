package dev.flowsmith.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Streamable HTTP on {@code 127.0.0.1} only, path {@code /mcp}: the SDK's servlet transport in an
 * embedded Jetty. Requests whose Host or Origin is not this loopback address are refused (a web
 * page must not drive a local server through DNS rebinding).
 */
public final class McpHttpEndpoint implements AutoCloseable {

  public static final String PATH = "/mcp";
  static final String LOOPBACK = "127.0.0.1";

  private final Server jetty;
  private final int port;

  private McpHttpEndpoint(Server jetty, int port) {
    this.jetty = jetty;
    this.port = port;
  }

  static McpHttpEndpoint start(int port, McpJsonMapper mapper,
      Consumer<HttpServletStreamableServerTransportProvider> connect) throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(LOOPBACK);
    connector.setPort(port);
    jetty.addConnector(connector);
    jetty.start(); // binds, so a port of 0 is known before the validator names it
    int bound = connector.getLocalPort();
    jetty.stop();
    connector.setPort(bound);
    List<String> hosts = List.of(LOOPBACK + ":" + bound, "localhost:" + bound, LOOPBACK, "localhost");
    HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(mapper)
        .mcpEndpoint(PATH)
        .securityValidator(DefaultServerTransportSecurityValidator.builder()
            .allowedHosts(hosts)
            .allowedOrigins(List.of("http://" + LOOPBACK + ":" + bound, "http://localhost:" + bound))
            .build())
        .build();
    connect.accept(transport);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(transport), PATH);
    jetty.setHandler(context);
    jetty.start();
    return new McpHttpEndpoint(jetty, bound);
  }

  public int port() {
    return port;
  }

  public URI url() {
    return URI.create("http://" + LOOPBACK + ":" + port + PATH);
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }
}
