package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.DirectusHttp;
import dev.flowsmith.workspace.server.TokenSource;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A server the app is connected to: its name in workspace.json (if it has one), its URL, a client
 * carrying the token, and who we are there. The token lives only in the client (and in the token
 * store when the user asked to remember it).
 */
public record ServerConnection(@Nullable String name, URI url, DirectusHttp client, TokenSource tokens,
    String user,
    @Nullable String version) {

  /** "admin@example.com on local (http://127.0.0.1:8055, Directus 11.11.0)". */
  public String describe() {
    return user + " on " + label() + (version == null ? "" : ", Directus " + version);
  }

  /** The name and URL, or just the URL. */
  public String label() {
    return name == null ? url.toString() : name + " (" + url + ")";
  }
}
