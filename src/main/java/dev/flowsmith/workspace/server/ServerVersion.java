package dev.flowsmith.workspace.server;

import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a server is recent enough before flows are read or written: {@code GET /server/info}
 * shows {@code version} to admins only, so when it is absent the check is skipped.
 */
public final class ServerVersion {

  /** Flows and operations have the shape this version reads and writes since Directus 10. */
  public static final int OLDEST_MAJOR = 10;

  private static final Pattern MAJOR = Pattern.compile("^v?(\\d+)\\.");

  private ServerVersion() {}

  /** The server's version when it shows it; {@code TOO_OLD} when it is older than {@value #OLDEST_MAJOR}. */
  public static Optional<String> check(DirectusHttp http) throws DirectusCallException {
    if (!(DirectusHttp.data(http.get("/server/info")) instanceof JsonObject info)) {
      return Optional.empty();
    }
    Optional<String> version = info.string("version");
    if (version.isPresent()) {
      Matcher major = MAJOR.matcher(version.get());
      if (major.find() && Integer.parseInt(major.group(1)) < OLDEST_MAJOR) {
        throw new DirectusCallException(DirectusCallException.Kind.TOO_OLD, 0, null, http.url() + " runs Directus "
            + version.get() + "; Flowsmith needs Directus " + OLDEST_MAJOR + " or later");
      }
    }
    return version;
  }
}
