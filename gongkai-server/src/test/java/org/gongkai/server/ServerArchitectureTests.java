package org.gongkai.server;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The server's shape: the doors (portal, console, api, cli) run no SQL and use no repository, only the command
 * line uses {@link Assembly}, the feature packages form no cycle, and "today" comes from the one {@code Clock}. Each rule has a canary that proves
 * it can fail.
 */
class ServerArchitectureTests {

    private static final String SERVER = "org.gongkai.server";
    private static final String[] DOORS = {SERVER + ".portal..", SERVER + ".console..", SERVER + ".api..",
        SERVER + ".cli.."};
    private static final Set<String> DATE_TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.Year", "java.time.YearMonth");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVER);

    static final ArchRule DOORS_RUN_NO_SQL = noClasses().that().resideInAnyPackage(DOORS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..")
            .because("the portal, the console, the API and the command line are doors over the features' use cases;"
                    + " each table is behind its feature's repository");

    static final ArchRule DOORS_USE_NO_REPOSITORY = noClasses().that().resideInAnyPackage(DOORS)
            .should().dependOnClassesThat(simpleNameEndingWith("Repository"))
            .because("the doors reach the tables through the features' services only");

    static final ArchRule ONLY_THE_COMMAND_LINE_USES_THE_ASSEMBLY = noClasses()
            .that().resideOutsideOfPackage(SERVER + ".cli..").and().doNotHaveFullyQualifiedName(SERVER + ".Assembly")
            .should().dependOnClassesThat().haveFullyQualifiedName(SERVER + ".Assembly")
            .because("Assembly is the command line's composition root, never a locator handed to a class");

    static final ArchRule NO_CYCLES = slices().matching(SERVER + ".(*)..").should().beFreeOfCycles()
            .because("the features form layers, the doors on top");

    /** A call that reads the system clock: {@code now()} or {@code now(ZoneId)}, {@code Clock.system*}, the epoch millis. */
    static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK = describe("reads the system clock",
            call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(c -> c.getName())
                        .toList();
                return DATE_TIME_TYPES.contains(owner) && name.equals("now")
                        && !parameters.equals(List.of(Clock.class.getName()))
                        || owner.equals(Clock.class.getName()) && name.startsWith("system")
                        || owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
            });

    static final ArchRule NO_SYSTEM_CLOCK = noClasses().that().doNotHaveFullyQualifiedName(SERVER + ".time.ServerTime")
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .because("\"today\" comes from the one Clock (time.ServerTime, the Clock bean), never from the system clock");

    @Test
    void serverClassesWereImported() {
        assertThat(CLASSES.containPackage(SERVER + ".portal")).isTrue();
        assertThat(CLASSES.containPackage(SERVER + ".requests")).isTrue();
        assertThat(CLASSES.containPackage(SERVER + ".cli")).isTrue();
    }

    @Test
    void doorsRunNoSql() {
        DOORS_RUN_NO_SQL.check(CLASSES);
    }

    @Test
    void doorsUseNoRepository() {
        DOORS_USE_NO_REPOSITORY.check(CLASSES);
    }

    @Test
    void onlyTheCommandLineUsesTheAssembly() {
        ONLY_THE_COMMAND_LINE_USES_THE_ASSEMBLY.check(CLASSES);
    }

    @Test
    void featurePackagesFormNoCycle() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void nothingButTheOneClockReadsTheSystemClock() {
        NO_SYSTEM_CLOCK.check(CLASSES);
    }

    @Test
    void aDoorRunningSqlBreaksTheRule() {
        assertThat(evaluate(DOORS_RUN_NO_SQL, org.gongkai.server.console.canary.RunsSql.class).hasViolation())
                .isTrue();
    }

    @Test
    void aDoorUsingARepositoryBreaksTheRule() {
        assertThat(evaluate(DOORS_USE_NO_REPOSITORY, org.gongkai.server.portal.canary.UsesARepository.class)
                .hasViolation()).isTrue();
    }

    @Test
    void aClassOutsideTheCommandLineUsingTheAssemblyBreaksTheRule() {
        assertThat(evaluate(ONLY_THE_COMMAND_LINE_USES_THE_ASSEMBLY, UsesTheAssembly.class).hasViolation()).isTrue();
    }

    @Test
    void twoPackagesUsingEachOtherBreakTheRule() {
        assertThat(evaluate(NO_CYCLES, org.gongkai.server.canarya.UsesB.class,
                org.gongkai.server.canaryb.UsesA.class).hasViolation()).isTrue();
    }

    @Test
    void readingTheSystemClockBreaksTheRule() {
        assertThat(evaluate(NO_SYSTEM_CLOCK, ReadsTheSystemClock.class).hasViolation()).isTrue();
        assertThat(evaluate(NO_SYSTEM_CLOCK, ReadsTheGivenClock.class).hasViolation()).isFalse();
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        return rule.evaluate(new ClassFileImporter().importClasses(classes));
    }

    /** Pulls its objects from the assembly, as a locator's user would, to prove the rule detects it. */
    static final class UsesTheAssembly {
        Assembly assembly;
    }

    /** Reads today without the clock it is given, to prove the rule detects it. */
    static final class ReadsTheSystemClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    /** Reads today from the clock it is given, which the rule allows. */
    static final class ReadsTheGivenClock {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }
}
