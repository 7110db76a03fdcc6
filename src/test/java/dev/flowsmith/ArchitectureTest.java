package dev.flowsmith;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The layer table of STYLE.md, enforced on the production classes: dependencies point inward
 * only, the model is plain Java, and JavaFX stays in {@code app} (JabRef's one leak, a colour in
 * the core, is the mistake this guards against).
 *
 * <p>Each rule is built for a root package so {@link ArchitectureRulesSelfTest} can run the very
 * same rules against deliberately broken fixture classes and prove they fail.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "dev.flowsmith";

  /** JavaFX itself and the JavaFX UI libraries the app uses: none of them belongs outside {@code app}. */
  static final String[] JAVAFX_PACKAGES = {"javafx..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism..",
      "atlantafx..", "org.controlsfx..", "org.fxmisc.."};

  @ArchTest
  static final ArchRule layersPointInward = layers(ROOT);

  @ArchTest
  static final ArchRule modelIsPlainJava = modelUsesOnlyTheJdk(ROOT);

  @ArchTest
  static final ArchRule formatUsesOnlyModelAndJackson = formatUsesOnlyModelAndJackson(ROOT);

  @ArchTest
  static final ArchRule javaFxStaysInApp = noJavaFxOutsideApp(ROOT);

  @ArchTest
  static final ArchRule nothingDependsOnApp = noLayerDependsOnApp(ROOT);

  @ArchTest
  static final ArchRule mainReachesAppOnlyThroughLauncher = mainReachesAppOnlyThroughLauncher(ROOT);

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = noPackageCycles(ROOT);

  /** Guards the rules above against passing vacuously (a wrong root or import option checks nothing). */
  @ArchTest
  static void importsTheProductionClasses(JavaClasses imported) {
    assertThat(imported.containPackage(ROOT + ".model")).as("model classes imported").isTrue();
    assertThat(imported.containPackage(ROOT + ".format")).as("format classes imported").isTrue();
    assertThat(imported.stream().map(JavaClass::getSimpleName))
        .as("test classes are not part of the architecture")
        .noneMatch(simpleName -> simpleName.endsWith("Test"));
  }

  /** The layer table: who may use whom. Every class lives in a layer, except the root package ({@code Main}). */
  static ArchRule layers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model").definedBy(root + ".model..")
        .layer("format").definedBy(root + ".format..")
        .layer("engine").definedBy(root + ".engine..")
        .layer("workspace").definedBy(root + ".workspace..")
        .layer("mcp").definedBy(root + ".mcp..")
        .layer("cli").definedBy(root + ".cli..")
        .layer("app").definedBy(root + ".app..")
        .whereLayer("model").mayNotAccessAnyLayer()
        .whereLayer("format").mayOnlyAccessLayers("model")
        .whereLayer("engine").mayOnlyAccessLayers("model", "format")
        .whereLayer("workspace").mayOnlyAccessLayers("engine", "model", "format")
        // mcp: the MCP server, an outer layer beside cli; the cli's `mcp` command starts it
        .whereLayer("mcp").mayOnlyAccessLayers("workspace", "engine", "model", "format")
        .whereLayer("cli").mayOnlyAccessLayers("mcp", "workspace", "engine", "model", "format")
        .whereLayer("app").mayNotBeAccessedByAnyLayer()
        // a package outside the table would be a hole in it: its dependencies are checked by no layer
        .ensureAllClassesAreContainedInArchitectureIgnoring(resideInAPackage(root))
        .as("layers of " + root + " depend inward only (STYLE.md layer table)");
  }

  /** Flows are immutable records over the JDK; JSpecify's annotations carry no code. */
  static ArchRule modelUsesOnlyTheJdk(String root) {
    return classes().that().resideInAPackage(root + ".model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".model..", "org.jspecify.annotations..")
        .as("model uses the JDK only");
  }

  static ArchRule formatUsesOnlyModelAndJackson(String root) {
    return classes().that().resideInAPackage(root + ".format..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".model..", root + ".format..",
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "org.jspecify.annotations..")
        .as("format uses the JDK, the model, Jackson (with the SnakeYAML under its YAML parser) and JSpecify only");
  }

  static ArchRule noJavaFxOutsideApp(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".app..")
        .should().dependOnClassesThat().resideInAnyPackage(JAVAFX_PACKAGES)
        .as("only " + root + ".app uses JavaFX (the engine runs headless; colours and icons live in app)");
  }

  static ArchRule noLayerDependsOnApp(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".app..").and().haveNameNotMatching(mainClassName(root))
        .should().dependOnClassesThat().resideInAPackage(root + ".app..")
        .as("nothing outside " + root + ".app depends on it, except Main on AppLauncher");
  }

  /** Main starts the app through one door, so the headless CLI path never loads app classes. */
  static ArchRule mainReachesAppOnlyThroughLauncher(String root) {
    return noClasses().that().haveNameMatching(mainClassName(root))
        .should().dependOnClassesThat(resideInAPackage(root + ".app..").and(not(name(root + ".app.AppLauncher"))))
        .as(root + ".Main uses no app class but AppLauncher");
  }

  /**
   * Every package is a slice of its own ({@code engine.http}, {@code app.view}, …), and no two
   * depend on each other, directly or round a ring: a cycle makes a package impossible to
   * understand, test or move without the other.
   */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .as("the packages of " + root + " have no dependency cycles");
  }

  /** Main and its nested classes (lambdas compile into Main itself). */
  private static String mainClassName(String root) {
    return Pattern.quote(root + ".Main") + "(\\$.*)?";
  }
}
