package dev.flowsmith.mcp;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The SDK's stdio transport with its sends made one at a time.
 *
 * <p>Why: in mcp-core 2.0.1 the stdio session puts each outgoing message on a serialized Reactor sink
 * with {@code tryEmitNext} and no retry. Two messages sent at the same moment from two threads (a tool
 * result finishing on a worker thread while another reply or notification goes out) make the second
 * emission fail with FAIL_NON_SERIALIZED; the SDK turns that into "Failed to enqueue message", the
 * session's inbound stream ends with it, and the server silently stops answering. McpStdioTest hung this
 * way in full test runs. Holding one lock while each send is handed to the sink removes the race.
 */
final class SerialStdio implements McpServerTransportProvider {

  private final McpServerTransportProvider delegate;

  SerialStdio(McpServerTransportProvider delegate) {
    this.delegate = delegate;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    delegate.setSessionFactory(transport -> factory.create(new OneAtATime(transport)));
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return delegate.notifyClients(method, params);
  }

  @Override
  public Mono<Void> notifyClient(String sessionId, String method, Object params) {
    return delegate.notifyClient(sessionId, method, params);
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public Mono<Void> closeGracefully() {
    return delegate.closeGracefully();
  }

  @Override
  public List<String> protocolVersions() {
    return delegate.protocolVersions();
  }

  /** A session transport whose sends reach the SDK's sink one thread at a time. */
  private static final class OneAtATime implements McpServerTransport {

    private final McpServerTransport transport;
    private final Object sending = new Object();

    OneAtATime(McpServerTransport transport) {
      this.transport = transport;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
      // once the transport is running the SDK's Mono emits while it is subscribed, so subscribing under
      // the lock is what serialises the emissions
      return Mono.create(done -> {
        synchronized (sending) {
          transport.sendMessage(message).subscribe(nothing -> { }, done::error, done::success);
        }
      });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return transport.unmarshalFrom(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return transport.closeGracefully();
    }

    @Override
    public void close() {
      transport.close();
    }

    @Override
    public List<String> protocolVersions() {
      return transport.protocolVersions();
    }
  }
}
