package dev.flowsmith;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.flowsmith.archfixture.Main;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rules of {@link ArchitectureTest} against the fixture classes in
 * {@code dev.flowsmith.archfixture}: the well-behaved ones must pass, and each rule must catch
 * exactly the fixture written to break it. Without this a rule with a typo in a package name
 * would pass forever.
 */
class ArchitectureRulesSelfTest {

  private static final String FIXTURE = "dev.flowsmith.archfixture";
  /** The fixture classes written to break a rule; every other fixture class is clean. */
  private static final List<String> OFFENDERS = List.of("LeakyModel", "ChattyFormat", "ColourfulEngine",
      "WindowedCli", "Main$Shortcut", "RingBack");

  private static JavaClasses all;
  private static JavaClasses clean;

  @BeforeAll
  static void importFixture() throws URISyntaxException {
    // the fixture's own folder, rather than a package scan of every jar on the test class path
    Path folder = Path.of(Main.class.getResource("Main.class").toURI()).getParent();
    all = new ClassFileImporter().importPath(folder);
    // imported apart, not filtered from `all`: an offender's access would still show as incoming
    clean = new ClassFileImporter()
        .withImportOption(location -> OFFENDERS.stream().noneMatch(name -> location.contains("/" + name + ".class")))
        .importPath(folder);
    assertThat(clean.size()).as("clean fixture classes").isGreaterThanOrEqualTo(6);
  }

  /** Each rule, and the fixture classes written to break it. */
  static Stream<Arguments> rulesAndTheirOffenders() {
    return Stream.of(
        rule("layers", ArchitectureTest::layers, "LeakyModel", "WindowedCli"),
        rule("model uses the JDK only", ArchitectureTest::modelUsesOnlyTheJdk, "LeakyModel"),
        rule("format uses model and Jackson only", ArchitectureTest::formatUsesOnlyModelAndJackson, "ChattyFormat"),
        rule("no JavaFX outside app", ArchitectureTest::noJavaFxOutsideApp, "ColourfulEngine"),
        rule("nothing depends on app", ArchitectureTest::noLayerDependsOnApp, "WindowedCli"),
        rule("Main uses AppLauncher only", ArchitectureTest::mainReachesAppOnlyThroughLauncher, "Main$Shortcut"),
        // a layer breach that points back is a cycle too; RingBack's ring is checked on its own below
        rule("no package cycles", ArchitectureTest::noPackageCycles, "LeakyModel", "WindowedCli"));
  }

  private static Arguments rule(String name, Function<String, ArchRule> rule, String... offenders) {
    return Arguments.of(name, rule, List.of(offenders));
  }

  @ParameterizedTest(name = "{0} catches {2}")
  @MethodSource("rulesAndTheirOffenders")
  void ruleCatchesExactlyItsOffenders(String name, Function<String, ArchRule> rule, List<String> offenders) {
    EvaluationResult onClean = rule.apply(FIXTURE).evaluate(clean);
    assertThat(onClean.getFailureReport().getDetails()).as("violations among the clean fixture").isEmpty();

    EvaluationResult onAll = rule.apply(FIXTURE).evaluate(all);
    List<String> details = onAll.getFailureReport().getDetails();
    assertThat(onAll.hasViolation()).as("rule finds a violation").isTrue();
    for (String offender : offenders) {
      assertThat(details).as("violations name " + offender)
          .anyMatch(line -> line.contains(FIXTURE + ".") && line.contains(offender));
    }
    assertThat(details).as("violations come only from the intended offenders")
        .allMatch(line -> offenders.stream().anyMatch(line::contains));
  }

  /**
   * A ring inside one layer ({@code engine.ring} ↔ {@code engine.ring.back}, as {@code engine.http}
   * ↔ {@code engine.operation} was), with the layer breaches left out: ArchUnit does not report
   * every cycle of a fixture that has several.
   */
  @Test
  void cycleRuleCatchesARingInsideOneLayer() throws URISyntaxException {
    Path folder = Path.of(Main.class.getResource("Main.class").toURI()).getParent();
    JavaClasses withRing = new ClassFileImporter()
        .withImportOption(location -> !location.contains("/LeakyModel.class") && !location.contains("/WindowedCli.class"))
        .importPath(folder);

    EvaluationResult result = ArchitectureTest.noPackageCycles(FIXTURE).evaluate(withRing);

    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("Slice engine.ring -> ", "Slice engine.ring.back -> ", "RingBack");
  }

  @Test
  void fixtureCoversEveryLayer() {
    for (String layer : List.of("model", "format", "engine", "workspace", "cli", "app")) {
      assertThat(all.containPackage(FIXTURE + "." + layer)).as(layer).isTrue();
    }
    assertThat(all.that(simpleNameEndingWith("Main"))).hasSize(1);
  }
}
