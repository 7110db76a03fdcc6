package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.workspace.server.DirectusCallException.Kind;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DirectusHttpTest {

  static Kind kindOf(ThrowingCall call) {
    try {
      call.run();
      throw new AssertionError("no failure");
    } catch (DirectusCallException failed) {
      return failed.kind();
    }
  }

  interface ThrowingCall {
    void run() throws DirectusCallException;
  }

  @Test
  void statusesBecomeKindsWithTheServersMessage() {
    String body = "{\"errors\":[{\"message\":\"Invalid foreign key.\",\"extensions\":{\"code\":\"INVALID_FOREIGN_KEY\"}}]}";
    assertThatThrownBy(() -> DirectusHttp.answer("POST /operations", 400, body))
        .hasMessage("POST /operations answered 400 INVALID_FOREIGN_KEY: Invalid foreign key.")
        .satisfies(e -> {
          DirectusCallException failed = (DirectusCallException) e;
          assertThat(failed.kind()).isEqualTo(Kind.REJECTED);
          assertThat(failed.code()).isEqualTo("INVALID_FOREIGN_KEY");
          assertThat(failed.status()).isEqualTo(400);
        });
    assertThat(kindOf(() -> DirectusHttp.answer("GET /flows", 401, "{}"))).isEqualTo(Kind.BAD_TOKEN);
    assertThat(kindOf(() -> DirectusHttp.answer("GET /flows", 403, "{}"))).isEqualTo(Kind.FORBIDDEN);
    assertThat(kindOf(() -> DirectusHttp.answer("GET /x", 404, "<html>"))).isEqualTo(Kind.NOT_FOUND);
    assertThat(kindOf(() -> DirectusHttp.answer("GET /x", 502, "Bad gateway"))).isEqualTo(Kind.SERVER_ERROR);
    assertThat(kindOf(() -> DirectusHttp.answer("GET /x", 200, "not json"))).isEqualTo(Kind.SERVER_ERROR);
  }

  @Test
  void aBadTokenAgainstTheFakeServerSaysWhatToCheck() throws Exception {
    try (FakeDirectus server = new FakeDirectus()) {
      DirectusHttp wrong = new DirectusHttp(server.url(), "wrong");
      assertThatThrownBy(() -> wrong.get("/flows")).isInstanceOf(DirectusCallException.class)
          .satisfies(e -> assertThat(((DirectusCallException) e).plainMessage())
              .startsWith("The server refused the token (401).").contains("Invalid user credentials."));
      assertThat(wrong.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DirectusHttp http = new DirectusHttp(URI.create("http://127.0.0.1:" + port), "t");
    assertThatThrownBy(() -> http.get("/server/health"))
        .satisfies(e -> {
          DirectusCallException failed = (DirectusCallException) e;
          assertThat(failed.kind()).isEqualTo(Kind.UNREACHABLE);
          assertThat(failed.plainMessage()).startsWith("The server does not answer: cannot connect to http://127.0.0.1:" + port);
        });
  }

  @Test
  void queryPartsAreEncoded() {
    assertThat(DirectusHttp.query("filter[item][_eq]", "a b", "sort", "-id"))
        .isEqualTo("?filter%5Bitem%5D%5B_eq%5D=a+b&sort=-id");
  }
}
