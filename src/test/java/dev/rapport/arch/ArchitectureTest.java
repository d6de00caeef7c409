package dev.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directions in src/docs/architecture.md, kept true by the build. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rapport");
    }

    @Test
    void layersPointOneWayFromUiThroughServiceAndStoreToDomain() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("App").definedBy("dev.rapport.app..")
                .layer("Cli").definedBy("dev.rapport.cli..")
                .layer("Ui").definedBy("dev.rapport.ui..")
                .layer("Service").definedBy("dev.rapport.service..")
                .layer("Exchange").definedBy("dev.rapport.exchange..")
                .layer("Store").definedBy("dev.rapport.store..")
                .layer("Domain").definedBy("dev.rapport.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Service")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Service")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Service", "Exchange", "Store")
                .check(main);
    }

    @Test
    void theDomainIsPureNoToolkitNoSqlNoFiles() {
        noClasses().that().resideInAPackage("dev.rapport.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..", "java.io..", "java.nio.file..", "org.slf4j..")
                .check(main);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("dev.rapport.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..")
                .check(main);
    }

    @Test
    void nothingPrintsToTheConsoleOrUsesJavaUtilLogging() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("Rapport logs through SLF4J; the CLI writes through picocli's writers")
                .check(main);
    }

    @Test
    void theUiNeverPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("users see a short message; the stack trace goes to the log once")
                .check(main);
    }
}
