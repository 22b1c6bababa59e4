package org.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The core is the law as code: it depends on the JDK only, and reads no clock of its own. */
class CoreDependsOnJdkOnlyTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    static final ArchRule CORE_USES_JDK_ONLY = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gongkai..", "java..")
            .because("gongkai-core depends on the JDK only (architecture.md)");

    /** The java.time types whose {@code now(…)} reads a clock, in every overload. */
    private static final Set<Class<?>> TIME_TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Instant.class, Year.class, YearMonth.class,
            MonthDay.class);

    private static final DescribedPredicate<JavaMethodCall> READS_A_CLOCK = DescribedPredicate.describe(
            "now(…) of a java.time type, Clock.system*(…) or System.currentTimeMillis()/nanoTime()",
            call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return name.equals("now") && TIME_TYPES.stream().anyMatch(type -> type.getName().equals(owner))
                        || owner.equals(Clock.class.getName()) && name.startsWith("system")
                        || owner.equals(System.class.getName())
                                && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            });

    static final ArchRule CORE_READS_NO_CLOCK = noClasses()
            .should().callMethodWhere(READS_A_CLOCK)
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
    void theClockRuleCanFail() {
        EvaluationResult result = CORE_READS_NO_CLOCK.evaluate(
                new ClassFileImporter().importClasses(ReadsClocks.class));
        String details = String.join("\n", result.getFailureReport().getDetails());
        for (String call : List.of("LocalDate.now(java.time.ZoneId)", "LocalDateTime.now()", "OffsetDateTime.now()",
                "ZonedDateTime.now(java.time.ZoneId)", "Instant.now()", "Clock.systemUTC()",
                "Clock.systemDefaultZone()", "Clock.system(java.time.ZoneId)", "System.currentTimeMillis()")) {
            assertThat(details).as(call).contains(call);
        }
        assertThat(result.getFailureReport().getDetails()).hasSize(9);
    }

    @Test
    void theRuleCanFail() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesAThirdPartyType.class);
        EvaluationResult result = CORE_USES_JDK_ONLY.evaluate(offender);
        assertThat(result.hasViolation()).isTrue();
    }

    /** Every way of reading the machine's clock the rule forbids, to prove it detects each of them. */
    static final class ReadsClocks {
        void readAll() {
            LocalDate.now(ZoneId.of("Asia/Shanghai"));
            LocalDateTime.now();
            OffsetDateTime.now();
            ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
            Instant.now();
            Clock.systemUTC();
            Clock.systemDefaultZone();
            Clock.system(ZoneId.of("Asia/Shanghai"));
            System.currentTimeMillis();
        }
    }

    /** A class outside the JDK's namespace used as a field type, to prove the rule detects it. */
    static final class UsesAThirdPartyType {
        org.assertj.core.api.Assertions notAllowed;
    }
}
