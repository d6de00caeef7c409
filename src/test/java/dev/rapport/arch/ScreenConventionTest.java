package dev.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one screen convention (decision 0020), kept true by the build. */
class ScreenConventionTest {
    private static JavaClasses ui;

    @BeforeAll
    static void importTheScreenLayer() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rapport.ui");
    }

    @Test
    void viewsEditorsAndDialogsNeverCallAService() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Editor")
                .or().haveSimpleNameEndingWith("Dialog")
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.service..")
                .because("a view lays out and binds; its view model calls the services (decision 0020)")
                .check(ui);
    }

    @Test
    void whatCallsAServiceNeverBuildsNodes() {
        noClasses().that(callAService())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("view models hold state and call services; they never touch a Node (decision 0020)")
                .check(ui);
    }

    private static DescribedPredicate<JavaClass> callAService() {
        return new DescribedPredicate<>("call a service") {
            @Override
            public boolean test(JavaClass c) {
                return c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("dev.rapport.service"));
            }
        };
    }

    @Test
    void noCyclesBetweenScreenPackages() {
        slices().matching("dev.rapport.ui.(*)..").should().beFreeOfCycles().check(ui);
    }

    @Test
    void theWindowShellIsUsedByNoScreen() {
        noClasses().that().resideOutsideOfPackage("dev.rapport.ui.main..")
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.ui.main..")
                .because("ui/main holds the shell only; screens reach it through ui/common's Screen and Notifier")
                .check(ui);
    }

    @Test
    void noScreenIsHandedTheWholeApplication() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("dev.rapport.ui.UiContext")
                .because("each view model names the services it uses; UiWiring in app/ builds them (decision 0020)")
                .check(ui);
    }

    @Test
    void viewsAreBuiltInCodeNotFxml() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("javafx.fxml.FXMLLoader")
                .because("one convention: views are built in code (decision 0020)")
                .check(ui);
    }
}
