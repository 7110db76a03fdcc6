package dev.flowsmith.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.server.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Connect dialog's form without a stage: what it asks for, Test connection, and Connect
 * keeping the token only in the owner-only token store and a new server's url only in
 * workspace.json.
 */
class ConnectFormTest {

  @TempDir Path tmp;
  private FakeSyncServer server;
  private WorkspaceFolder workspace;
  private TokenStore tokens;
  private DirectusConnector connector;

  @BeforeEach
  void setUp() throws Exception {
    server = new FakeSyncServer();
    workspace = WorkspaceFolder.create(tmp.resolve("ws"));
    tokens = new TokenStore(tmp.resolve("config"));
    connector = new DirectusConnector(tokens, () -> workspace);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private ConnectForm form(Map<String, String> named) {
    return new ConnectForm(named, connector, Runnable::run, Runnable::run);
  }

  @Test
  void saysWhatIsMissingBeforeItTries() {
    ConnectForm form = form(Map.of());
    assertThat(form.serverChoices()).containsExactly(ConnectForm.OTHER_URL);
    assertThat(form.validation()).isEqualTo("Give the server's URL.");
    form.urlProperty().set("cms.example.com");
    assertThat(form.validation()).contains("Not a server URL");
    form.urlProperty().set(server.url().toString());
    assertThat(form.validation()).isEqualTo("Give an access token.");
    assertThat(form.completeProperty().get()).isFalse();
    form.authProperty().set(ConnectForm.Auth.LOGIN);
    assertThat(form.validation()).contains("email and password");
    form.emailProperty().set("a@b.c");
    form.passwordProperty().set("pw");
    assertThat(form.completeProperty().get()).isTrue();
    form.saveAsProperty().set("two words");
    assertThat(form.validation()).contains("letters, digits");
  }

  @Test
  void testConnectionReportsWhoWeAreOrWhyNot() throws Exception {
    ConnectForm form = form(Map.of());
    form.urlProperty().set(server.url().toString());
    form.tokenProperty().set("wrong");
    assertThat(form.test().get(10, TimeUnit.SECONDS)).isNull();
    assertThat(form.problemProperty().get()).contains("refused the token (401)");
    form.tokenProperty().set(FakeSyncServer.TOKEN);
    assertThat(form.test().get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(form.testedProperty().get()).isTrue();
    assertThat(form.messageProperty().get()).contains("fake@example.com", "Directus 11.11.0");
    assertThat(form.problemProperty().get()).isEmpty();
    // a test keeps nothing
    assertThat(tokens.file()).doesNotExist();
    assertThat(Files.readString(workspace.root().resolve("workspace.json"))).doesNotContain("servers");
  }

  @Test
  void connectSavesANewServersUrlAndKeepsTheTokenOnlyInTheOwnerOnlyStore() throws Exception {
    ConnectForm form = form(Map.of());
    form.urlProperty().set(server.url().toString());
    form.saveAsProperty().set("local");
    form.tokenProperty().set(FakeSyncServer.TOKEN);
    form.rememberProperty().set(true);
    ServerConnection connection = form.connect().get(10, TimeUnit.SECONDS);
    assertThat(connection).isNotNull();
    assertThat(connection.name()).isEqualTo("local");

    String settings = Files.readString(workspace.root().resolve("workspace.json"));
    assertThat(settings).contains("\"local\"", "\"url\": \"" + server.url() + "\"").doesNotContain(FakeSyncServer.TOKEN);
    assertThat(Files.readString(tokens.file())).contains(FakeSyncServer.TOKEN);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.file()))).isEqualTo("rw-------");

    // next time: the named server is offered first and its remembered token filled in
    Map<String, String> named = new LinkedHashMap<>();
    named.put("local", server.url().toString());
    ConnectForm again = form(named);
    assertThat(again.serverChoices()).containsExactly("local", ConnectForm.OTHER_URL);
    assertThat(again.urlProperty().get()).isEqualTo(server.url().toString());
    assertThat(again.tokenProperty().get()).isEqualTo(FakeSyncServer.TOKEN);
    assertThat(again.rememberProperty().get()).isTrue();

    // connecting without Remember forgets the kept token
    again.rememberProperty().set(false);
    assertThat(again.connect().get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(tokens.get(server.url())).isEmpty();
  }
}
