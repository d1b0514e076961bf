package io.github.connectlao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, enforced: base values and Lao text ← CSV toolkit ← model
 * packages ← interop codecs ← facade. No package cycles. A broken rule fails the build.
 */
class LayeringTest {
  private static final String ROOT = "io.github.connectlao";
  private static final String[] MODEL = {
    ROOT + ".admin..",
    ROOT + ".state..",
    ROOT + ".cooperation..",
    ROOT + ".crvs..",
    ROOT + ".indicator..",
    ROOT + ".targets..",
    ROOT + ".disclosure.."
  };
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  private static DescribedPredicate<JavaClass> facade() {
    return DescribedPredicate.describe(
        "the facade package", c -> c.getPackageName().equals(ROOT + ".facade"));
  }

  private static DescribedPredicate<JavaClass> baseValues() {
    return DescribedPredicate.describe(
        "base values (the root package)", c -> c.getPackageName().equals(ROOT));
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void baseValuesDependOnNoOtherLayer() {
    noClasses()
        .that(baseValues())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".csv..",
            ROOT + ".internal..",
            ROOT + ".admin..",
            ROOT + ".state..",
            ROOT + ".cooperation..",
            ROOT + ".crvs..",
            ROOT + ".indicator..",
            ROOT + ".targets..",
            ROOT + ".disclosure..",
            ROOT + ".interop..")
        .check(core);
  }

  @Test
  void laoTextDependsOnlyOnBaseValues() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".lao..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".csv..",
            ROOT + ".internal..",
            ROOT + ".admin..",
            ROOT + ".state..",
            ROOT + ".cooperation..",
            ROOT + ".crvs..",
            ROOT + ".indicator..",
            ROOT + ".targets..",
            ROOT + ".disclosure..",
            ROOT + ".interop..")
        .check(core);
  }

  @Test
  void theCsvToolkitKnowsNoDomainType() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".csv..", ROOT + ".internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(MODEL)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".interop..")
        .check(core);
  }

  @Test
  void modelPackagesDoNotKnowInteropOrTheFacade() {
    noClasses()
        .that()
        .resideInAnyPackage(MODEL)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".interop..")
        .orShould()
        .dependOnClassesThat(facade())
        .check(core);
  }

  @Test
  void interopDoesNotKnowTheFacade() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".interop..")
        .should()
        .dependOnClassesThat(facade())
        .check(core);
  }

  @Test
  void coreHasNoSerialisationFramework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(core);
  }
}
