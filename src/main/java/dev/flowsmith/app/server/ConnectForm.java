package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.DirectusCallException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The state of File › Connect to Directus…: which server (one named in workspace.json, or a URL,
 * optionally saved under a new name), how to sign in (a token, or email and password), whether
 * to remember the token on this computer, and the outcome of Test connection. Testing and
 * connecting run on {@code worker}; properties change on {@code fx}. No JavaFX nodes.
 */
public final class ConnectForm {

  /** How the user signs in. */
  public enum Auth { TOKEN, LOGIN }

  /** The choice in the server list that means "type a URL". */
  public static final String OTHER_URL = "Other URL…";

  private final ServerConnector connector;
  private final Executor worker;
  private final Executor fx;
  private final Map<String, String> namedUrls;
  private final ObservableList<String> serverChoices = FXCollections.observableArrayList();
  private final ObjectProperty<String> server = new SimpleObjectProperty<>(this, "server", OTHER_URL);
  private final StringProperty url = new SimpleStringProperty(this, "url", "");
  private final StringProperty saveAs = new SimpleStringProperty(this, "saveAs", "");
  private final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(this, "auth", Auth.TOKEN);
  private final StringProperty token = new SimpleStringProperty(this, "token", "");
  private final StringProperty email = new SimpleStringProperty(this, "email", "");
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper tested = new ReadOnlyBooleanWrapper(this, "tested");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final BooleanBinding complete;
  private volatile AtomicBoolean cancelled = new AtomicBoolean();

  /**
   * @param namedUrls the servers named in workspace.json (name → url), in order
   * @param remembered a token kept on this computer for a server name or URL, if any
   */
  public ConnectForm(Map<String, String> namedUrls, ServerConnector connector, Executor worker, Executor fx) {
    this.namedUrls = Map.copyOf(namedUrls);
    this.connector = connector;
    this.worker = worker;
    this.fx = fx;
    serverChoices.addAll(namedUrls.keySet());
    serverChoices.add(OTHER_URL);
    server.set(serverChoices.get(0));
    server.addListener((obs, old, now) -> {
      String known = now == null ? null : this.namedUrls.get(now);
      if (known != null) {
        url.set(known);
        saveAs.set("");
      }
      fillRemembered();
    });
    url.addListener((obs, old, now) -> {
      if (isOther()) {
        fillRemembered();
      }
    });
    for (var input : List.of(url, token, email, password)) {
      input.addListener((obs, old, now) -> tested.set(false));
    }
    auth.addListener((obs, old, now) -> tested.set(false));
    complete = Bindings.createBooleanBinding(() -> validation().isEmpty(), server, url, auth, token, email,
        password, saveAs);
    if (!isOther()) {
      url.set(namedUrls.get(server.get()));
    }
    fillRemembered();
  }

  /** A remembered token for the chosen server fills the token field, and Remember stays ticked. */
  private void fillRemembered() {
    String known = connector.rememberedToken(serverName(), url.get().strip());
    if (known != null) {
      auth.set(Auth.TOKEN);
      token.set(known);
      remember.set(true);
    }
  }

  private boolean isOther() {
    return OTHER_URL.equals(server.get());
  }

  /** The name the connection goes by: the chosen named server, a new name to save, or none. */
  public @Nullable String serverName() {
    if (!isOther()) {
      return server.get();
    }
    String name = saveAs.get().strip();
    return name.isEmpty() ? null : name;
  }

  /** What is missing or wrong in the form, in words; empty when Connect can go ahead. */
  public String validation() {
    if (url.get().isBlank()) {
      return "Give the server's URL.";
    }
    String address = url.get().strip();
    if (!(address.startsWith("http://") || address.startsWith("https://")) || address.length() < 10) {
      return "Not a server URL: expected http(s)://host[:port].";
    }
    String name = saveAs.get().strip();
    if (isOther() && !name.isEmpty()) {
      if (namedUrls.containsKey(name)) {
        return "workspace.json already names a server '" + name + "'; choose it above or pick another name.";
      }
      if (!name.matches("[A-Za-z0-9._-]+")) {
        return "A server name may use letters, digits, '.', '_' and '-'.";
      }
    }
    if (auth.get() == Auth.TOKEN && token.get().isBlank()) {
      return "Give an access token.";
    }
    if (auth.get() == Auth.LOGIN && (email.get().isBlank() || password.get().isEmpty())) {
      return "Give the email and password of a Directus user.";
    }
    return "";
  }

  /** The form as a request (check {@link #validation()} first). */
  public ConnectRequest request() {
    return new ConnectRequest(serverName(), isOther() && serverName() != null, url.get().strip(), auth.get(),
        token.get().strip(), email.get().strip(), password.get(), remember.get());
  }

  /** Test connection: signs in and asks the server who we are and what it is, without connecting. */
  public CompletableFuture<@Nullable ServerConnection> test() {
    return attempt(false);
  }

  /**
   * Connect: as Test, then remembers the token (if asked) and saves a new named server's url in
   * workspace.json (never the token). The future gives the connection, or null on a failure
   * (then {@link #problemProperty()} says why).
   */
  public CompletableFuture<@Nullable ServerConnection> connect() {
    return attempt(true);
  }

  private CompletableFuture<@Nullable ServerConnection> attempt(boolean keep) {
    String invalid = validation();
    if (!invalid.isEmpty()) {
      problem.set(invalid);
      return CompletableFuture.completedFuture(null);
    }
    if (busy.get()) {
      return CompletableFuture.completedFuture(null);
    }
    ConnectRequest request = request();
    AtomicBoolean stop = new AtomicBoolean();
    cancelled = stop;
    busy.set(true);
    problem.set("");
    message.set("Connecting to " + request.url() + " …");
    CompletableFuture<@Nullable ServerConnection> result = new CompletableFuture<>();
    worker.execute(() -> {
      try {
        ServerConnection connection = connector.connect(request, stop::get);
        if (keep) {
          connector.keep(request, connection);
        }
        fx.execute(() -> {
          busy.set(false);
          tested.set(true);
          message.set(connection.describe());
          result.complete(connection);
        });
      } catch (DirectusCallException failed) {
        fail(result, failed.plainMessage());
      } catch (java.io.IOException failed) {
        fail(result, "Connected, but could not save the settings: " + failed.getMessage());
      } catch (RuntimeException failed) {
        fail(result, String.valueOf(failed.getMessage()));
      }
    });
    return result;
  }

  private void fail(CompletableFuture<@Nullable ServerConnection> result, String text) {
    fx.execute(() -> {
      busy.set(false);
      tested.set(false);
      message.set("");
      problem.set(text);
      result.complete(null);
    });
  }

  /** Stops a test or connect that is waiting for the server. */
  public void cancel() {
    cancelled.set(true);
  }

  public ObservableList<String> serverChoices() {
    return serverChoices;
  }

  public ObjectProperty<String> serverProperty() {
    return server;
  }

  public StringProperty urlProperty() {
    return url;
  }

  /** With "Other URL…": a name to save the server under in workspace.json (blank: not saved). */
  public StringProperty saveAsProperty() {
    return saveAs;
  }

  public ObjectProperty<Auth> authProperty() {
    return auth;
  }

  public StringProperty tokenProperty() {
    return token;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public BooleanProperty rememberProperty() {
    return remember;
  }

  /** True while a test or connect waits for the server. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True after a successful test, until an input changes. */
  public ReadOnlyBooleanProperty testedProperty() {
    return tested.getReadOnlyProperty();
  }

  /** The last success: who we are on which server. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The last failure in plain words (empty when none). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Whether the form is filled in well enough to try. */
  public BooleanBinding completeProperty() {
    return complete;
  }
}
