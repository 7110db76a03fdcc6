package dev.flowsmith.app.server;

import org.jspecify.annotations.Nullable;

/**
 * What the Connect dialog asks for: the server (by name and URL), and a token or an email and
 * password. {@code saveName} says the name is new and goes into workspace.json (with the url only).
 */
public record ConnectRequest(@Nullable String name, boolean saveName, String url, ConnectForm.Auth auth,
    String token, String email, String password, boolean remember) {

  @Override
  public String toString() {
    // never the token or the password, should a request end up in a log
    return "ConnectRequest[" + (name == null ? "" : name + " ") + url + ", " + auth + "]";
  }
}
