package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppLauncherTest {

  @Test
  void linuxWithoutADisplayGetsOneClearLine() {
    assertThat(AppLauncher.missingDisplay(Map.of(), "Linux", null))
        .isEqualTo(AppLauncher.NO_DISPLAY).contains("GTK 3").doesNotContain("\\n");
  }

  @Test
  void aDisplayOrAHeadlessPlatformOpensTheWindow() {
    assertThat(AppLauncher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isNull();
    assertThat(AppLauncher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isNull();
    assertThat(AppLauncher.missingDisplay(Map.of(), "Linux", "Monocle")).isNull();
    assertThat(AppLauncher.missingDisplay(Map.of(), "Windows 11", null)).isNull();
  }
}
