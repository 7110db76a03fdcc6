package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Turns a received response into what axios hands back (engine.md §6.11): header names in lower
 * case with Node's rules for repeated headers, the body decompressed, decoded as UTF-8 and parsed
 * as JSON when it is JSON (otherwise kept as text).
 */
final class ResponseReader {

  private ResponseReader() {}

  /**
   * The response headers as Node lists them. Java's client keeps them sorted by name, not in the
   * order they arrived, so the order differs from a real server's.
   */
  static Map<String, List<String>> headers(HttpHeaders headers) {
    return NodeHeaders.lowered(headers.map());
  }

  /**
   * Decompresses a gzip/deflate body as axios does and drops {@code content-encoding} once it has
   * (a HEAD or 204 answer loses the header too). Other encodings are left as they came.
   */
  static byte[] decompress(byte[] body, Map<String, List<String>> headers, String method, int status,
      JsObject config, long maxBytes) {
    List<String> encoding = headers.get("content-encoding");
    if (encoding == null || encoding.isEmpty()) {
      return body;
    }
    if (method.equalsIgnoreCase("HEAD") || status == 204) {
      headers.remove("content-encoding");
      return body;
    }
    String name = encoding.get(0).trim().toLowerCase(Locale.ROOT);
    boolean gzipFamily = Set.of("gzip", "x-gzip", "compress", "x-compress").contains(name);
    boolean deflate = Set.of("deflate", "x-deflate").contains(name);
    if (!gzipFamily && !deflate) {
      return body;
    }
    headers.remove("content-encoding");
    if (body.length == 0) {
      return body;
    }
    try (InputStream in = open(body)) {
      // a small compressed body may expand without bound: the cap holds for what it expands to
      byte[] expanded = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (expanded.length > maxBytes) {
        throw CappedBody.error(maxBytes, config);
      }
      return expanded;
    } catch (IOException e) {
      throw AxiosErrors.wrapped(String.valueOf(e.getMessage()), "Z_DATA_ERROR", config);
    }
  }

  /** gzip by its magic bytes, else zlib when the first byte says so, else raw deflate. */
  private static InputStream open(byte[] body) throws IOException {
    InputStream raw = new ByteArrayInputStream(body);
    if (body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
      return new GZIPInputStream(raw);
    }
    boolean zlib = (body[0] & 0x0F) == 0x08;
    return new InflaterInputStream(raw, new Inflater(!zlib));
  }

  /** axios' default {@code transformResponse}: UTF-8 text without BOM, JSON-parsed when possible. */
  static JsValue data(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return JsValue.of("");
    }
    try {
      return JsJson.parse(text);
    } catch (JsException notJson) {
      return JsValue.of(text);
    }
  }
}
