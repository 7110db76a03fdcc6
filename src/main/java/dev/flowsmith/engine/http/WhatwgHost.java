package dev.flowsmith.engine.http;

import com.ibm.icu.text.IDNA;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The WHATWG URL Standard's host parser for special schemes (http, https, ws, wss, ftp), which
 * Node's {@code new URL()} implements and axios, and so Directus, relies on: percent-decoding,
 * UTS-46 non-transitional IDNA ({@code faß.de} → {@code xn--fa-hia.de}), forbidden code points,
 * and the IPv4 forms a domain ending in a number takes ({@code 0177.0.0.1}, {@code 0x7f.1},
 * {@code 127.1}, {@code 2130706433} are all 127.0.0.1) and the IPv6 forms in brackets.
 * {@link #parse} returns the host as {@code URL.hostname} serializes it, or null where Node
 * throws {@code TypeError: Invalid URL}.
 */
final class WhatwgHost {

  /**
   * UseSTD3ASCIIRules=false, CheckJoiners on, Transitional_Processing=false. The URL Standard
   * asks for CheckBidi too, but Node 22 (ada) does not apply it ({@code 1א.com} is
   * {@code xn--1-0hc.com} there), and Directus is what we match.
   */
  private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
      | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_CONTEXTJ);
  /** What domainToASCII with CheckHyphens=false and VerifyDnsLength=false does not report. */
  private static final Set<IDNA.Error> TOLERATED = EnumSet.of(IDNA.Error.HYPHEN_3_4,
      IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.EMPTY_LABEL,
      IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);
  private static final String FORBIDDEN_HOST = "\0\t\n\r #/:<>?@[\\]^|";

  private WhatwgHost() {}

  /** The serialized host, or null when the input is no valid host. */
  static @Nullable String parse(String input) {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) {
        return null;
      }
      int[] pieces = ipv6(input.substring(1, input.length() - 1));
      return pieces == null ? null : "[" + serializeIpv6(pieces) + "]";
    }
    String domain = percentDecode(input);
    String ascii = domainToAscii(domain);
    if (ascii == null || ascii.isEmpty()) {
      return null;
    }
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x1F || c == '%' || c == 0x7F || FORBIDDEN_HOST.indexOf(c) >= 0) {
        return null;
      }
    }
    if (endsInANumber(ascii)) {
      Long address = ipv4(ascii);
      return address == null ? null : serializeIpv4(address);
    }
    return ascii;
  }

  /** UTF-8 percent-decoding; invalid sequences stay as they are, bad UTF-8 becomes U+FFFD. */
  private static String percentDecode(String input) {
    if (input.indexOf('%') < 0) {
      return input;
    }
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }

  private static @Nullable String domainToAscii(String domain) {
    boolean plainAscii = domain.chars().allMatch(c -> c < 0x80);
    if (plainAscii && !hasPunycodeLabel(domain)) {
      return domain.toLowerCase(java.util.Locale.ROOT);
    }
    StringBuilder out = new StringBuilder();
    IDNA.Info info = new IDNA.Info();
    UTS46.nameToASCII(domain, out, info);
    Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
    errors.addAll(info.getErrors());
    errors.removeAll(TOLERATED);
    return errors.isEmpty() ? out.toString() : null;
  }

  private static boolean hasPunycodeLabel(String domain) {
    for (String label : domain.split("\\.", -1)) {
      if (label.regionMatches(true, 0, "xn--", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInANumber(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty()) {
      if (parts.size() == 1) {
        return false;
      }
      parts.remove(parts.size() - 1);
    }
    String last = parts.get(parts.size() - 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return ipv4Number(last) != null;
  }

  /** The IPv4 parser: one to four numbers, each decimal, octal (leading 0) or hex (0x). */
  private static @Nullable Long ipv4(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() > 4) {
      return null;
    }
    List<BigInteger> numbers = new ArrayList<>();
    for (String part : parts) {
      BigInteger number = ipv4Number(part);
      if (number == null) {
        return null;
      }
      numbers.add(number);
    }
    BigInteger byteLimit = BigInteger.valueOf(255);
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i).compareTo(byteLimit) > 0) {
        return null;
      }
    }
    BigInteger last = numbers.get(numbers.size() - 1);
    if (last.compareTo(BigInteger.valueOf(256).pow(5 - numbers.size())) >= 0) {
      return null;
    }
    long address = last.longValue();
    for (int i = 0; i < numbers.size() - 1; i++) {
      address += numbers.get(i).longValue() << (8 * (3 - i));
    }
    return address;
  }

  private static @Nullable BigInteger ipv4Number(String part) {
    if (part.isEmpty()) {
      return null;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return BigInteger.ZERO;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c >= 0x80 || Character.digit(c, radix) < 0) {
        return null; // ASCII digits only: "١٢٧" is a domain label, not a number
      }
    }
    return new BigInteger(digits, radix);
  }

  private static String serializeIpv4(long address) {
    return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF)
        + "." + (address & 0xFF);
  }

  /** The IPv6 parser: eight 16-bit pieces, one {@code ::}, an optional dotted IPv4 tail. */
  private static int @Nullable [] ipv6(String input) {
    int[] address = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int pointer = 0;
    int length = input.length();
    if (pointer < length && input.charAt(pointer) == ':') {
      if (pointer + 1 >= length || input.charAt(pointer + 1) != ':') {
        return null;
      }
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (pointer < length) {
      if (pieceIndex == 8) {
        return null;
      }
      if (input.charAt(pointer) == ':') {
        if (compress >= 0) {
          return null;
        }
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int digits = 0;
      while (digits < 4 && pointer < length && isAsciiHex(input.charAt(pointer))) {
        value = value * 16 + Character.digit(input.charAt(pointer), 16);
        pointer++;
        digits++;
      }
      if (pointer < length && input.charAt(pointer) == '.') {
        if (digits == 0) {
          return null;
        }
        pointer -= digits;
        if (pieceIndex > 6) {
          return null;
        }
        int numbersSeen = 0;
        while (pointer < length) {
          int piece = -1;
          if (numbersSeen > 0) {
            if (input.charAt(pointer) == '.' && numbersSeen < 4) {
              pointer++;
            } else {
              return null;
            }
          }
          if (pointer >= length || !isAsciiDigit(input.charAt(pointer))) {
            return null;
          }
          while (pointer < length && isAsciiDigit(input.charAt(pointer))) {
            int number = input.charAt(pointer) - '0';
            if (piece == -1) {
              piece = number;
            } else if (piece == 0) {
              return null;
            } else {
              piece = piece * 10 + number;
            }
            if (piece > 255) {
              return null;
            }
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        if (numbersSeen != 4) {
          return null;
        }
        break;
      } else if (pointer < length && input.charAt(pointer) == ':') {
        pointer++;
        if (pointer >= length) {
          return null;
        }
      } else if (pointer < length) {
        return null;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress >= 0) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int swapped = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = swapped;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      return null;
    }
    return address;
  }

  private static boolean isAsciiHex(char c) {
    return c < 0x80 && Character.digit(c, 16) >= 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Lower-case hex, the first longest run of two or more zero pieces as {@code ::}. */
  private static String serializeIpv6(int[] address) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (address[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && address[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    StringBuilder out = new StringBuilder();
    boolean ignoring = false;
    for (int i = 0; i < 8; i++) {
      if (ignoring && address[i] == 0) {
        continue;
      }
      ignoring = false;
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        ignoring = true;
        continue;
      }
      out.append(Integer.toHexString(address[i]));
      if (i != 7) {
        out.append(':');
      }
    }
    return out.toString();
  }
}
