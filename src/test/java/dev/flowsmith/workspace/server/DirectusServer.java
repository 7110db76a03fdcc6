package dev.flowsmith.workspace.server;

import java.net.URI;

/** Where the real server of the {@code directus} tests is (env DIRECTUS_URL / DIRECTUS_TOKEN, as the pom's profile says). */
final class DirectusServer {

  private DirectusServer() {}

  static URI url() {
    String url = System.getenv("DIRECTUS_URL");
    return URI.create(url == null || url.isBlank() ? "http://127.0.0.1:8055" : url);
  }

  static String token() {
    String token = System.getenv("DIRECTUS_TOKEN");
    return token == null || token.isBlank() ? "dxo-static-admin-token" : token;
  }

  static DirectusHttp client() {
    return new DirectusHttp(url(), token());
  }
}
