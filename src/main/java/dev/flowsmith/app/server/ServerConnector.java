package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.DirectusCallException;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/** How the Connect dialog reaches a server and keeps what the user asked it to keep. */
public interface ServerConnector {

  /** Signs in and checks the server answers as a Directus we can work with. Runs off the FX thread. */
  ServerConnection connect(ConnectRequest request, BooleanSupplier cancelled) throws DirectusCallException;

  /**
   * After Connect (not Test): keeps the token on this computer if asked, else forgets one kept
   * earlier, and writes a new named server's url into workspace.json.
   */
  void keep(ConnectRequest request, ServerConnection connection) throws IOException;

  /** The token kept on this computer for the server, if any. */
  @Nullable String rememberedToken(@Nullable String name, String url);
}
