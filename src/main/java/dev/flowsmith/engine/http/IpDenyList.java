package dev.flowsmith.engine.http;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Directus' {@code IMPORT_IP_DENY_LIST} check for the request operation (engine.md §6.11, §9).
 * An entry is an address, a CIDR range ({@code 10.0.0.0/8}) or an address range
 * ({@code 10.0.0.1-10.0.0.9}). The entry {@code 0.0.0.0} also stands for every address of this
 * machine: a loopback interface with its whole subnet (so {@code 127.0.0.2} is denied too), other
 * interfaces by their exact address. An entry that cannot be read denies everything, as Directus
 * does rather than let a misconfiguration open the door. IPv4-mapped IPv6 addresses are checked
 * as the IPv4 address they carry.
 */
public final class IpDenyList {

  /** One address of this machine, as {@code os.networkInterfaces()} reports it. */
  public record LocalAddress(InetAddress address, int prefixLength, boolean loopback) {}

  private static final String ALL_LOCAL = "0.0.0.0";
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");

  private final List<String> entries;
  private final Supplier<List<LocalAddress>> localAddresses;

  IpDenyList(List<String> entries, Supplier<List<LocalAddress>> localAddresses) {
    this.entries = entries.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    this.localAddresses = localAddresses;
  }

  /** A deny list checked against this machine's current interfaces. */
  public static IpDenyList of(List<String> entries) {
    return new IpDenyList(entries, IpDenyList::systemAddresses);
  }

  public List<String> entries() {
    return entries;
  }

  /** Whether a connection to {@code address} must be refused. */
  public boolean denies(InetAddress address) {
    if (entries.isEmpty()) {
      return false;
    }
    byte[] ip = unmapped(address.getAddress());
    for (String entry : entries) {
      if (matches(entry, ip)) {
        return true;
      }
    }
    if (entries.contains(ALL_LOCAL)) {
      for (LocalAddress local : localAddresses.get()) {
        byte[] localIp = unmapped(local.address().getAddress());
        boolean hit = local.loopback()
            ? inSubnet(ip, localIp, local.prefixLength())
            : Arrays.equals(ip, localIp);
        if (hit) {
          return true;
        }
      }
    }
    return false;
  }

  /** An IP literal (no DNS lookup is made), or empty when the text is a host name. */
  public static Optional<InetAddress> literal(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(bare));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** True when the entry covers the address; an unreadable entry covers everything. */
  private static boolean matches(String entry, byte[] ip) {
    try {
      int slash = entry.indexOf('/');
      if (slash >= 0) {
        byte[] network = address(entry.substring(0, slash));
        int prefixLength = Integer.parseInt(entry.substring(slash + 1).trim());
        if (prefixLength < 0 || prefixLength > network.length * 8) {
          throw new IllegalArgumentException("bad prefix length in " + entry);
        }
        return inSubnet(ip, network, prefixLength);
      }
      int dash = entry.indexOf('-');
      if (dash >= 0) {
        byte[] from = address(entry.substring(0, dash));
        byte[] to = address(entry.substring(dash + 1));
        return from.length == ip.length && to.length == ip.length
            && compare(from, ip) <= 0 && compare(ip, to) <= 0;
      }
      return Arrays.equals(address(entry), ip);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static byte[] address(String text) {
    return unmapped(literal(text.trim())
        .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + text))
        .getAddress());
  }

  private static boolean inSubnet(byte[] ip, byte[] network, int prefixLength) {
    if (ip.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < Math.min(prefixLength, ip.length * 8); bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((ip[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static int compare(byte[] a, byte[] b) {
    return new BigInteger(1, a).compareTo(new BigInteger(1, b));
  }

  /** {@code ::ffff:a.b.c.d} as the four IPv4 bytes; anything else unchanged. */
  private static byte[] unmapped(byte[] ip) {
    if (ip.length != 16) {
      return ip;
    }
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return ip;
      }
    }
    return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff ? Arrays.copyOfRange(ip, 12, 16) : ip;
  }

  private static List<LocalAddress> systemAddresses() {
    List<LocalAddress> addresses = new ArrayList<>();
    try {
      for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
        boolean loopback = network.isLoopback();
        for (InterfaceAddress address : network.getInterfaceAddresses()) {
          InetAddress ip = address.getAddress();
          int prefixLength = address.getNetworkPrefixLength();
          if (prefixLength <= 0) {
            prefixLength = ip.getAddress().length * 8; // unknown: the address alone, never "everything"
          }
          if (ip instanceof Inet4Address || ip instanceof Inet6Address) {
            addresses.add(new LocalAddress(ip, prefixLength, loopback));
          }
        }
      }
    } catch (SocketException e) {
      // No interface list: the literal entries still apply; loopback stays covered below.
    }
    if (addresses.isEmpty()) {
      addresses.add(new LocalAddress(InetAddress.getLoopbackAddress(), 8, true));
    }
    return addresses;
  }
}
