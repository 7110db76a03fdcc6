package dev.flowsmith.workspace.server;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.UserConfigDir;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens the user chose to keep, one per server URL, in {@value #FILE_NAME} in the user's config
 * folder (never in a workspace). Where the file system is POSIX the folder is made {@code 0700}
 * and the file {@code 0600} (owner only) before a token is written; elsewhere the user's profile
 * folder's own permissions apply.
 */
public final class TokenStore {

  public static final String FILE_NAME = "server-tokens.json";

  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

  private final Path file;

  public TokenStore(Path configDir) {
    this.file = configDir.resolve(FILE_NAME);
  }

  /** The store in {@link UserConfigDir#path()}. */
  public static TokenStore standard() {
    return new TokenStore(UserConfigDir.path());
  }

  public Path file() {
    return file;
  }

  /** The token kept for {@code server}, if any (an unreadable file reads as empty: the user logs in again). */
  public synchronized Optional<StoredToken> get(URI server) {
    JsonValue entry = read().get(key(server));
    if (!(entry instanceof JsonObject object) || object.string("accessToken").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StoredToken(object.string("accessToken").orElseThrow(),
        object.string("refreshToken").orElse(null), object.string("email").orElse(null)));
  }

  /** Keeps {@code token} for {@code server}, replacing any earlier one. */
  public synchronized void put(URI server, StoredToken token) throws IOException {
    Map<String, JsonValue> all = read();
    all.put(key(server), JsonObject.builder().put("accessToken", token.accessToken())
        .put("refreshToken", JsonValue.ofNullable(token.refreshToken()))
        .put("email", JsonValue.ofNullable(token.email())).build());
    write(all);
  }

  /** Forgets the token of {@code server}; true if there was one. */
  public synchronized boolean remove(URI server) throws IOException {
    Map<String, JsonValue> all = read();
    boolean had = all.remove(key(server)) != null;
    if (had) {
      write(all);
    }
    return had;
  }

  /** Servers are keyed by their URL without a trailing slash, so {@code http://h/} and {@code http://h} match. */
  static String key(URI server) {
    String text = server.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private Map<String, JsonValue> read() {
    Map<String, JsonValue> all = new LinkedHashMap<>();
    if (Files.isRegularFile(file)) {
      try {
        if (JsonText.parseValue(FlowReader.readText(file)) instanceof JsonObject object) {
          all.putAll(object.members());
        }
      } catch (IOException | FlowFormatException unreadable) {
        // a damaged store holds nothing usable; the next put rewrites it
      }
    }
    return all;
  }

  private void write(Map<String, JsonValue> all) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    if (posix) {
      Files.setPosixFilePermissions(dir, OWNER_DIR);
      if (!Files.exists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      }
      Files.setPosixFilePermissions(file, OWNER_FILE);
    }
    AtomicFiles.write(file, JsonText.pretty(new JsonObject(all)));
    if (posix) {
      // the atomic write replaces the file through a temporary one: make sure the result is owner-only
      Files.setPosixFilePermissions(file, OWNER_FILE);
    }
  }
}
