package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.HEADERS;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.Kind.TEXT_AREA;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.http.AxiosErrors;
import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.http.HttpTransport.Header;
import dev.flowsmith.engine.http.HttpTransport;
import dev.flowsmith.engine.http.UrlEncoding;
import dev.flowsmith.engine.http.WhatwgUrl;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code request} ("Webhook / Request URL", engine.md §6.11): Directus' handler plus the parts
 * of axios 1.11 a flow can observe (default headers, body transformation, response parsing).
 * The HTTP exchange itself is {@link HttpTransport}'s; a run supplies one as a service, else one
 * per {@link HttpSettings} (default: {@link HttpSettings#defaults()}) is made and kept here.
 *
 * <p>Result: {@code {status, statusText, headers, data}} for 2xx. Any other status rejects with
 * the same four fields as a plain object (Directus throws them as JSON text, which the run loop
 * parses back). No response at all rejects with an axios-like error ({@link AxiosErrors}), or a
 * plain {@code Error} when the URL names a denied IP address.
 */
public final class RequestOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("request", "Webhook / Request URL", "link", List.of("url", "method"),
        field("method", "Method", SELECT).half().choices("GET", "POST", "PATCH", "DELETE").orOther()
            .defaultValue("GET").build(),
        field("url", "URL", TEXT).half().required().build(),
        field("headers", "Headers", HEADERS).build(),
        field("body", "Request Body", TEXT_AREA).build());

  static final String USER_AGENT = "axios/1.11.0";
  static final String ACCEPT = "application/json, text/plain, */*";
  /** axios' value; {@code HttpTransport} leaves {@code br} out when sending (Java cannot decode Brotli). */
  static final String ACCEPT_ENCODING = "gzip, compress, deflate, br";
  private static final Set<String> FORM_METHODS = Set.of("post", "put", "patch");

  private final Map<HttpSettings, HttpTransport> transports = new ConcurrentHashMap<>();

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    JsValue body = options.get("body");
    Map<String, JsValue> custom = customHeaders(options.get("headers"));
    if (!custom.getOrDefault("Content-Type", JsValue.UNDEFINED).isTruthy()
        && (body.isObject() || body instanceof JsNull || isValidJson(body))) {
      custom.put("Content-Type", JsValue.of("application/json"));
    }
    JsValue methodOption = options.get("method");
    String method = (methodOption.isTruthy() ? JsStrings.toJsString(methodOption) : "get")
        .toLowerCase(Locale.ROOT);
    String url = UrlEncoding.encode(JsStrings.toJsString(options.get("url")));

    List<Header> headers = axiosHeaders(custom);
    String contentType = value(headers, "Content-Type");
    @Nullable String data = transformRequest(body, contentType == null ? "" : contentType, url,
        method, headers);
    if (contentType == null && FORM_METHODS.contains(method)) {
      headers.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
    }
    contentTypeAfterAccept(headers);
    // the http adapter adds these, each unless the flow set it; an ftp: URL never reaches it
    String scheme = WhatwgUrl.scheme(url);
    if ("http".equals(scheme) || "https".equals(scheme)) {
      if (value(headers, "User-Agent") == null) {
        headers.add(new Header("User-Agent", USER_AGENT));
      }
      if (data != null) {
        headers.add(new Header("Content-Length",
            Integer.toString(data.getBytes(StandardCharsets.UTF_8).length)));
      }
      if (value(headers, "Accept-Encoding") == null) {
        headers.add(new Header("Accept-Encoding", ACCEPT_ENCODING));
      }
    }

    HttpTransport.Response response = transport(context)
        .send(new HttpTransport.Request(url, method, headers, data), context.cancellation());
    JsObject result = JsObject.builder()
        .put("status", response.status())
        .put("statusText", response.statusText())
        .put("headers", response.headers())
        .put("data", response.data())
        .build();
    if (response.status() >= 200 && response.status() < 300) {
      return result;
    }
    // Directus throws JSON.stringify(fourFields); the run loop parses the text back (engine.md §4.3)
    throw new JsException(JsJson.parse(JsJson.stringify(result).orElseThrow()));
  }

  /**
   * {@code headers?.reduce((acc, {header, value}) => …, {}) ?? {}}: later duplicates win; a value
   * that is not an array fails as the {@code reduce} call does.
   */
  static Map<String, JsValue> customHeaders(JsValue headers) {
    Map<String, JsValue> custom = new LinkedHashMap<>();
    if (headers.isNullish()) {
      return custom;
    }
    if (!(headers instanceof JsArray array)) {
      throw JsException.of("TypeError", "headers?.reduce is not a function");
    }
    for (JsValue entry : array.elements()) {
      if (entry.isNullish()) {
        String shown = entry.isUndefined() ? "undefined" : "object null";
        throw JsException.of("TypeError", "Cannot destructure property 'header' of '" + shown
            + "' as it is " + (entry.isUndefined() ? "undefined." : "null."));
      }
      JsValue name = entry instanceof JsObject object ? object.get("header") : JsValue.UNDEFINED;
      JsValue value = entry instanceof JsObject object ? object.get("value") : JsValue.UNDEFINED;
      custom.put(JsStrings.toJsString(name), value); // a repeated name keeps its first position
    }
    return custom;
  }

  /** Directus' {@code isValidJSON(body)}: {@code JSON.parse(String(body))} succeeds. */
  private static boolean isValidJson(JsValue body) {
    try {
      JsJson.parse(JsStrings.toJsString(body));
      return true;
    } catch (JsException e) {
      return false;
    }
  }

  /**
   * axios' merge of its defaults with the operation's headers: {@code Accept} first, then the
   * custom headers; names compare case-insensitively, the first spelling stays and the last value
   * wins; null, undefined and false values are dropped, arrays send one line per element.
   */
  private static List<Header> axiosHeaders(Map<String, JsValue> custom) {
    Map<String, String> spelling = new LinkedHashMap<>();
    Map<String, JsValue> values = new LinkedHashMap<>();
    spelling.put("accept", "Accept");
    values.put("accept", JsValue.of(ACCEPT));
    custom.forEach((name, value) -> {
      String key = name.toLowerCase(Locale.ROOT);
      spelling.putIfAbsent(key, name);
      values.put(key, value);
    });
    List<Header> headers = new ArrayList<>();
    values.forEach((key, value) -> {
      List<JsValue> lines = value instanceof JsArray array ? array.elements() : List.of(value);
      for (JsValue line : lines) {
        if (!line.isNullish() && !line.equals(JsValue.FALSE)) {
          headers.add(new Header(spelling.get(key), JsStrings.toJsString(line)));
        }
      }
    });
    return headers;
  }

  /**
   * axios lists {@code Content-Type} right after {@code Accept}, wherever the flow or Directus
   * put it (seen on Directus 11.11 for a JSON body, a form default and a flow's own header).
   */
  private static void contentTypeAfterAccept(List<Header> headers) {
    List<Header> contentTypes = headers.stream()
        .filter(h -> h.name().equalsIgnoreCase("Content-Type")).toList();
    if (contentTypes.isEmpty()) {
      return;
    }
    headers.removeAll(contentTypes);
    int accept = 0;
    while (accept < headers.size() && headers.get(accept).name().equalsIgnoreCase("Accept")) {
      accept++;
    }
    headers.addAll(accept, contentTypes);
  }

  private static @Nullable String value(List<Header> headers, String name) {
    for (Header header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return header.value();
      }
    }
    return null;
  }

  /**
   * axios' default {@code transformRequest} and the http adapter's body check. Objects, and
   * anything sent as JSON, become JSON text (a string that already is JSON is sent trimmed);
   * other strings go as they are. Form encodings of objects are not reproduced: they go as JSON.
   */
  private static @Nullable String transformRequest(JsValue body, String contentType, String url,
      String method, List<Header> headers) {
    boolean json = contentType.contains("application/json");
    String data;
    if (body.isObject() || json && !body.isUndefined()) {
      data = body instanceof JsString text ? jsonText(text.value()) : JsJson.stringify(body).orElse(null);
    } else if (body instanceof JsString text) {
      data = text.value();
    } else if (!body.isTruthy()) {
      data = null; // undefined, null, false, 0, NaN: nothing is sent
    } else {
      throw AxiosErrors.created("Data after transformation must be a string, an ArrayBuffer, a "
          + "Buffer, or a Stream", "ERR_BAD_REQUEST", AxiosErrors.config(url, method, headers, null));
    }
    return data == null || data.isEmpty() ? null : data;
  }

  /** axios' {@code stringifySafely} for a string: trimmed when it parses, else quoted as JSON. */
  private static String jsonText(String text) {
    try {
      JsJson.parse(text);
      return JsStrings.trim(text);
    } catch (JsException notJson) {
      return JsJson.stringify(JsValue.of(text)).orElseThrow();
    }
  }

  private HttpTransport transport(OperationContext context) {
    return context.services().find(HttpTransport.class).orElseGet(() -> transports.computeIfAbsent(
        context.services().find(HttpSettings.class).orElse(HttpSettings.defaults()),
        HttpTransport::new));
  }
}
