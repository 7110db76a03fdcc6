package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentPayloadsTest {

  @TempDir Path config;

  @Test
  void keepsTheLastTenPerFlowNewestFirstWithoutRepeatsAcrossRestarts() throws Exception {
    RecentPayloads recent = RecentPayloads.load(config);
    for (int i = 0; i < 12; i++) {
      recent.remember("f1", JsonValue.of(i));
    }
    recent.remember("f1", JsonValue.of(5));
    recent.remember("f2", JsonValue.of("other"));

    RecentPayloads reloaded = RecentPayloads.load(config);
    assertThat(reloaded.of("f1")).hasSize(10).startsWith(JsonValue.of(5), JsonValue.of(11), JsonValue.of(10))
        .doesNotContain(JsonValue.of(1)).containsOnlyOnce(JsonValue.of(5));
    assertThat(reloaded.of("f2")).containsExactly(JsonValue.of("other"));
    assertThat(reloaded.of("none")).isEmpty();
  }

  @Test
  void anUnreadableFileStartsAfresh() throws Exception {
    Files.writeString(config.resolve(RecentPayloads.FILE_NAME), "{ broken");
    RecentPayloads recent = RecentPayloads.load(config);
    assertThat(recent.of("f1")).isEmpty();
    recent.remember("f1", JsonValue.TRUE);
    assertThat(RecentPayloads.load(config).of("f1")).containsExactly(JsonValue.TRUE);
  }
}
