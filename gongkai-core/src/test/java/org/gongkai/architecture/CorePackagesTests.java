package org.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import org.gongkai.architecture.canary.downstairs.Downstairs;
import org.gongkai.architecture.canary.upstairs.Upstairs;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form no cycle and sit on floors, each using only the floors below it: the JSON codec and
 * the working-day calendar at the bottom, then the law (requests, applicants, appeals, agencies, publications, fees,
 * letters),
 * then the annual report's model, its rules and its reader, then the interchange dataset, and on top the report
 * compiler and writers, which turn a dataset into a report.
 */
class CorePackagesTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    private static final String[] GROUND = {"org.gongkai.json", "org.gongkai.calendar"};
    private static final String[] LAW = {"org.gongkai.request", "org.gongkai.applicant", "org.gongkai.agency",
        "org.gongkai.appeal", "org.gongkai.publication", "org.gongkai.fee", "org.gongkai.letter"};
    private static final String[] REPORT_MODEL = {"org.gongkai.report", "org.gongkai.report.rules",
        "org.gongkai.report.read"};
    private static final String[] INTERCHANGE = {"org.gongkai.dataset"};
    private static final String[] REPORT_PRODUCTION = {"org.gongkai.report.compile", "org.gongkai.report.render"};

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.gongkai.(**)")
            .should().beFreeOfCycles()
            .because("a package that depends on another must not be depended on by it (issue 14)");

    static final ArchRule FLOORS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("ground").definedBy(GROUND)
            .layer("law").definedBy(LAW)
            .layer("report model").definedBy(REPORT_MODEL)
            .layer("interchange").definedBy(INTERCHANGE)
            .layer("report production").definedBy(REPORT_PRODUCTION)
            .whereLayer("ground").mayNotAccessAnyLayer()
            .whereLayer("law").mayOnlyAccessLayers("ground")
            .whereLayer("report model").mayOnlyAccessLayers("law", "ground")
            .whereLayer("interchange").mayOnlyAccessLayers("report model", "law", "ground")
            .whereLayer("report production").mayOnlyAccessLayers("interchange", "report model", "law", "ground")
            .because("each floor of the core uses only the floors below it (issue 14)");

    static final ArchRule EVERY_PACKAGE_ON_A_FLOOR = classes()
            .should().resideInAnyPackage(concat(GROUND, LAW, REPORT_MODEL, INTERCHANGE, REPORT_PRODUCTION))
            .because("a new core package must be given its floor in CorePackagesTests");

    @Test
    void theCorePackagesHaveNoCycle() {
        NO_PACKAGE_CYCLES.check(CORE);
    }

    @Test
    void eachFloorUsesOnlyTheFloorsBelow() {
        FLOORS.check(CORE);
    }

    @Test
    void everyCorePackageIsOnAFloor() {
        EVERY_PACKAGE_ON_A_FLOOR.check(CORE);
    }

    @Test
    void theNoCyclesRuleCanFail() {
        EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(
                new ClassFileImporter().importClasses(Upstairs.class, Downstairs.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("Field <org.gongkai.architecture.canary.downstairs.Downstairs.above> has type"
                        + " <org.gongkai.architecture.canary.upstairs.Upstairs>")
                .contains("Field <org.gongkai.architecture.canary.upstairs.Upstairs.below> has type"
                        + " <org.gongkai.architecture.canary.downstairs.Downstairs>");
    }

    @Test
    void theFloorsRuleCanFail() throws ClassNotFoundException {
        EvaluationResult result = FLOORS.evaluate(
                new ClassFileImporter().importClasses(Class.forName("org.gongkai.json.ReachesUpToTheReport")));
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("Field <org.gongkai.json.ReachesUpToTheReport.notAllowed> has type"
                        + " <org.gongkai.report.AnnualReport>");
    }

    @Test
    void theFloorsRuleSeesEveryFloor() {
        for (String[] floor : new String[][] {GROUND, LAW, REPORT_MODEL, INTERCHANGE, REPORT_PRODUCTION}) {
            for (String packageName : floor) {
                assertThat(CORE.containPackage(packageName)).as(packageName).isTrue();
            }
        }
    }

    private static String[] concat(String[]... floors) {
        return Arrays.stream(floors).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
