package dev.llmisvc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of DESIGN.md, checked on the compiled classes of every library
 * module (this test lives in the CLI module because it sees them all):
 *
 * <ul>
 *   <li>no package cycles;
 *   <li>a module depends only on the modules above it: api on none of ours, compose on api, render
 *       on compose and api, and no library module on the command line;
 *   <li>{@code ...internal...} packages are used only from inside their own module.
 * </ul>
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.llmisvc");
  }

  @Test
  void allModulesAreImported() {
    // guards the rules below against passing on an empty import
    for (String pkg :
        new String[] {
          "dev.llmisvc.api", "dev.llmisvc.compose", "dev.llmisvc.render", "dev.llmisvc.cli"
        }) {
      org.assertj.core.api.Assertions.assertThat(
              classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
          .as(pkg)
          .isTrue();
    }
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.llmisvc.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theApiDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("dev.llmisvc.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.llmisvc.compose..", "dev.llmisvc.render..", "dev.llmisvc.cli..")
        .check(classes);
  }

  @Test
  void composeKnowsNeitherTheRendererNorTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.llmisvc.compose..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.llmisvc.render..", "dev.llmisvc.cli..")
        .check(classes);
  }

  @Test
  void theRendererKnowsNoCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.llmisvc.render..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.llmisvc.cli..")
        .check(classes);
  }

  @Test
  void internalsStayInsideTheirModule() {
    for (String module : new String[] {"api", "compose", "render", "cli"}) {
      String root = "dev.llmisvc." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(root + ".internal..")
          .because("only the exported packages of " + root + " are API")
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
