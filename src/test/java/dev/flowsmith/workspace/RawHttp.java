package dev.flowsmith.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 by hand over a socket, for requests no client library would send: half requests, bad framing. */
public final class RawHttp implements AutoCloseable {

  /** An answer as it came: status, headers (names lower-cased), body, and whether the server then closed. */
  public record Answer(int status, Map<String, String> headers, byte[] body, boolean closed, long millis) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;

  public RawHttp(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
    socket.setTcpNoDelay(true);
  }

  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  public RawHttp send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one answer: the head, then Content-Length bytes (or to the end when none is given). */
  public Answer answer() throws IOException {
    return answer(false);
  }

  /** Reads the answer to a HEAD request: a head whose Content-Length no body follows. */
  public Answer answerToHead() throws IOException {
    return answer(true);
  }

  private Answer answer(boolean head) throws IOException {
    long start = System.nanoTime();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after " + bytes.size() + " bytes of an answer: " + bytes);
      }
      bytes.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body;
    if (head) {
      body = new byte[0];
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if (status == 204 || status == 304) {
      body = new byte[0];
    } else {
      body = in.readAllBytes();
    }
    boolean closed = "close".equalsIgnoreCase(headers.get("connection")) && closedWithin(1000);
    return new Answer(status, headers, body, closed, (System.nanoTime() - start) / 1_000_000);
  }

  /** Whether the server closes the connection within the time, reading and dropping what it still sends. */
  public boolean closedWithin(int millis) throws IOException {
    int old = socket.getSoTimeout();
    socket.setSoTimeout(millis);
    try {
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException open) {
      return false;
    } catch (IOException reset) {
      return true;
    } finally {
      socket.setSoTimeout(old);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
