package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

class MaterialIconsTest {

  @Test
  void everyOperationTypeHasItsOwnStudioIcon() {
    List<String> types = StandardOperations.core().stream().map(OperationType::id).toList();

    assertThat(types).hasSize(15);
    assertThat(types).allSatisfy(type -> assertThat(MaterialIcons.forOperation(type))
        .as(type).isNotEqualTo(MaterialIcons.FALLBACK));
    assertThat(types.stream().map(MaterialIcons::forOperation).distinct()).hasSize(15);
    assertThat(MaterialIcons.forOperation("condition")).isEqualTo(Material2MZ.RULE);
    assertThat(MaterialIcons.forOperation("request")).isEqualTo(Material2AL.LINK);
  }

  @Test
  void theFiveTriggersAndAFlowsOwnIconMapToGlyphs() {
    assertThat(List.of("event", "webhook", "schedule", "operation", "manual"))
        .allSatisfy(trigger -> assertThat(MaterialIcons.forTrigger(trigger)).isNotEqualTo(MaterialIcons.FALLBACK));
    assertThat(MaterialIcons.forName("bolt")).isEqualTo(Material2AL.FLASH_ON);
    assertThat(MaterialIcons.forName("no_such_icon")).isEqualTo(MaterialIcons.FALLBACK);
    assertThat(MaterialIcons.forTrigger(null)).isEqualTo(MaterialIcons.FALLBACK);
  }

  @Test
  void theGlyphIsOneCharacterOfThePacksFont() {
    assertThat(MaterialIcons.text(Material2MZ.MAIL)).hasSize(1);
    assertThat(MaterialIcons.text(Material2MZ.MAIL).codePointAt(0)).isEqualTo(Material2MZ.MAIL.getCode());
    assertThat(MaterialIcons.font(20).getFamily()).isEqualTo("Material Icons");
  }
}
