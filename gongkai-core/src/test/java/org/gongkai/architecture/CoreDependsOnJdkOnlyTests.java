package org.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The core is the law as code: it depends on the JDK only, and reads no clock of its own. */
class CoreDependsOnJdkOnlyTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    static final ArchRule CORE_USES_JDK_ONLY = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gongkai..", "java..")
            .because("gongkai-core depends on the JDK only (architecture.md)");

    static final ArchRule CORE_READS_NO_CLOCK = noClasses()
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("\"today\" is always passed in, never read inside the core");

    @Test
    void coreClassesWereImported() {
        assertThat(CORE.size()).isGreaterThan(20);
        assertThat(CORE.containPackage("org.gongkai.request")).isTrue();
        assertThat(CORE.containPackage("org.gongkai.report")).isTrue();
    }

    @Test
    void coreDependsOnTheJdkOnly() {
        CORE_USES_JDK_ONLY.check(CORE);
    }

    @Test
    void coreReadsNoClock() {
        CORE_READS_NO_CLOCK.check(CORE);
    }

    @Test
    void theRuleCanFail() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesAThirdPartyType.class);
        EvaluationResult result = CORE_USES_JDK_ONLY.evaluate(offender);
        assertThat(result.hasViolation()).isTrue();
    }

    /** A class outside the JDK's namespace used as a field type, to prove the rule detects it. */
    static final class UsesAThirdPartyType {
        org.assertj.core.api.Assertions notAllowed;
    }
}
