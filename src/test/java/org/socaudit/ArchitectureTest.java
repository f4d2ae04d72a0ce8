package org.socaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the pipeline's dependency rule: cli wires stages; stages depend on the model, not on each other. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.socaudit");
    }

    @Test
    void modelDependsOnlyOnTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.socaudit.model..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.socaudit.model..", "java..")
                .check(classes);
    }

    @Test
    void pureStagesUseOnlyTheJdkAndTheModel() {
        noClasses()
                .that()
                .resideInAnyPackage("org.socaudit.scoring..", "org.socaudit.audit..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.socaudit.model..",
                        "org.socaudit.scoring..",
                        "org.socaudit.screening..",
                        "org.socaudit.audit..",
                        "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void screeningUsesOnlyTheJdkTheModelAndCommonsTextSimilarity() {
        noClasses()
                .that()
                .resideInAPackage("org.socaudit.screening..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.socaudit.model..",
                        "org.socaudit.scoring..",
                        "org.socaudit.screening..",
                        "org.socaudit.audit..",
                        "org.apache.commons.text.similarity..",
                        "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCliUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.socaudit.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void jaxbStaysInTheXmlPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.socaudit.xml..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.xml.bind..", "org.glassfish.jaxb..")
                .check(classes);
    }

    @Test
    void poiStaysInWorkbookAndTabular() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.socaudit.workbook..", "org.socaudit.tabular..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void noStageDependsOnTheCli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.socaudit.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.socaudit.cli..")
                .check(classes);
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        slices().matching("org.socaudit.(*)..").should().beFreeOfCycles().check(classes);
    }
}
