package dev.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rapport.ui.accounts.AccountEditor;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.contactlog.InteractionEditor;
import dev.rapport.ui.contacts.ContactEditor;
import dev.rapport.ui.memory.FamilyMemberEditor;
import dev.rapport.ui.memory.GiftEditor;
import dev.rapport.ui.memory.ImportantDateEditor;
import dev.rapport.ui.plans.ActionEditor;
import dev.rapport.ui.plans.PlanEditor;
import dev.rapport.ui.retention.ExitEditor;
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

    /**
     * Issue 17: a record opened in two editors loses the first save to the second. The registry
     * can only keep one editor per record if no editor is shown around it.
     */
    @Test
    void everyRecordEditorIsShownThroughTheOpenEditorsRegistry() {
        DescribedPredicate<JavaClass> recordEditor = JavaClass.Predicates.assignableTo(
                JavaClass.Predicates.belongToAnyOf(AccountEditor.class, ContactEditor.class, PlanEditor.class,
                        ActionEditor.class, InteractionEditor.class, ExitEditor.class, GiftEditor.class,
                        FamilyMemberEditor.class, ImportantDateEditor.class));
        noClasses().that().doNotBelongToAnyOf(OpenEditors.class)
                .should().callMethodWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(recordEditor))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("show|showAndWait"))))
                .because("OpenEditors brings a record's open editor to the front instead of opening a second")
                .check(main);
    }

    @Test
    void theUiNeverPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("users see a short message; the stack trace goes to the log once")
                .check(main);
    }
}
