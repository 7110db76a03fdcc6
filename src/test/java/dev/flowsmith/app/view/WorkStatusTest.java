package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class WorkStatusTest {

  private final SimpleBooleanProperty running = new SimpleBooleanProperty();
  private final SimpleStringProperty runText = new SimpleStringProperty("Running Lead intake…");
  private final SimpleBooleanProperty testing = new SimpleBooleanProperty();
  private final SimpleDoubleProperty testProgress = new SimpleDoubleProperty();
  private final WorkStatus status = new WorkStatus()
      .track(running, runText, new SimpleDoubleProperty(-1))
      .track(testing, new SimpleStringProperty("Running tests…"), testProgress);

  @Test
  void idleShowsNothingAndNoBar() {
    assertThat(status.textProperty().get()).isEmpty();
    assertThat(status.progressProperty().get()).isZero();
  }

  @Test
  void aRunOfUnknownLengthIsIndeterminate() {
    running.set(true);
    assertThat(status.textProperty().get()).isEqualTo("Running Lead intake…");
    assertThat(status.progressProperty().get()).isEqualTo(-1);
    runText.set("Paused before send_mail");
    assertThat(status.textProperty().get()).isEqualTo("Paused before send_mail");
    running.set(false);
    assertThat(status.textProperty().get()).isEmpty();
    assertThat(status.progressProperty().get()).isZero();
  }

  @Test
  void testsShowTheirFractionAndTheFirstTrackedWorkWins() {
    testing.set(true);
    assertThat(status.progressProperty().get()).isEqualTo(-1); // started, none finished yet
    testProgress.set(0.5);
    assertThat(status.textProperty().get()).isEqualTo("Running tests…");
    assertThat(status.progressProperty().get()).isEqualTo(0.5);
    running.set(true);
    assertThat(status.textProperty().get()).isEqualTo("Running Lead intake…");
    running.set(false);
    assertThat(status.progressProperty().get()).isEqualTo(0.5);
  }
}
