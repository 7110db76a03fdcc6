package dev.flowsmith.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.http.IpDenyList.LocalAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpDenyListTest {

  private static InetAddress ip(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A machine with loopback (127.0.0.1/8, ::1/128) and one LAN address 192.168.1.20/24. */
  private static IpDenyList denyList(String... entries) {
    List<LocalAddress> local = List.of(new LocalAddress(ip("127.0.0.1"), 8, true),
        new LocalAddress(ip("::1"), 128, true), new LocalAddress(ip("192.168.1.20"), 24, false));
    return new IpDenyList(List.of(entries), () -> local);
  }

  @Test
  void directusDefaultDeniesEveryLocalAddressAndTheMetadataService() {
    IpDenyList defaults = denyList("0.0.0.0", "169.254.169.254");

    assertThat(defaults.denies(ip("127.0.0.1"))).isTrue();
    assertThat(defaults.denies(ip("127.0.0.2"))).isTrue(); // loopback counts with its subnet
    assertThat(defaults.denies(ip("::1"))).isTrue();
    assertThat(defaults.denies(ip("::ffff:127.0.0.1"))).isTrue();
    assertThat(defaults.denies(ip("0.0.0.0"))).isTrue();
    assertThat(defaults.denies(ip("192.168.1.20"))).isTrue();
    assertThat(defaults.denies(ip("169.254.169.254"))).isTrue();
    assertThat(defaults.denies(ip("192.168.1.21"))).isFalse(); // a neighbour, not this machine
    assertThat(defaults.denies(ip("93.184.216.34"))).isFalse();
  }

  @Test
  void anEmptyListAllowsEverything() {
    assertThat(denyList().denies(ip("127.0.0.1"))).isFalse();
    assertThat(denyList(" ", "").denies(ip("127.0.0.1"))).isFalse();
  }

  @Test
  void rangesAndSubnetsAreUnderstood() {
    IpDenyList list = denyList("10.0.0.0/8", "fd00::/8", "203.0.113.5-203.0.113.9");

    assertThat(list.denies(ip("10.20.30.40"))).isTrue();
    assertThat(list.denies(ip("11.0.0.1"))).isFalse();
    assertThat(list.denies(ip("fd12::1"))).isTrue();
    assertThat(list.denies(ip("203.0.113.7"))).isTrue();
    assertThat(list.denies(ip("203.0.113.10"))).isFalse();
    assertThat(list.denies(ip("127.0.0.1"))).isFalse(); // no 0.0.0.0 entry
  }

  @Test
  void anUnreadableEntryDeniesEverything() {
    assertThat(denyList("not-an-ip").denies(ip("93.184.216.34"))).isTrue();
    assertThat(denyList("10.0.0.0/40").denies(ip("93.184.216.34"))).isTrue();
  }

  @Test
  void literalsAreRecognisedWithoutLookingUpNames() {
    assertThat(IpDenyList.literal("127.0.0.1")).contains(ip("127.0.0.1"));
    assertThat(IpDenyList.literal("[::1]")).contains(ip("::1"));
    assertThat(IpDenyList.literal("example.com")).isEmpty();
    assertThat(IpDenyList.literal("localhost")).isEmpty();
  }

  @Test
  void theRealMachineDeniesItsLoopbackByDefault() {
    IpDenyList real = IpDenyList.of(HttpSettings.DIRECTUS_DENY_LIST);

    assertThat(real.denies(InetAddress.getLoopbackAddress())).isTrue();
  }
}
