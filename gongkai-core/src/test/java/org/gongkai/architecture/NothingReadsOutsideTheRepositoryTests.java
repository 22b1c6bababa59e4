package org.gongkai.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project builds and passes its tests from its own files: no source, build or CI file names a path outside
 * the repository (the shared folder beside a checkout, a parent's parent, a machine's home or work folder). A fresh
 * clone has nothing beside it; {@code .ci/run} proves that by running the tests in such a clone.
 */
class NothingReadsOutsideTheRepositoryTests {

    /** What points outside: each pattern is written so that this file does not match it. */
    private static final List<Pattern> OUTSIDE = List.of(
            Pattern.compile("\\.\\.[/\\\\]shared\\b"),
            Pattern.compile("\"shared[/\\\\](samples|seed|docs|data)\\b"),
            Pattern.compile("\\.\\.[/\\\\]\\.\\.([/\\\\]|\"|$)"),
            Pattern.compile("(^|[\"'\\s=:(])/(work|farm|root|home/[a-z][\\w.-]*|Users/[\\w.-]+)/"));

    private static final Set<String> CHECKED_ENDINGS = Set.of(".java", ".xml", ".properties", ".yml", ".yaml", ".sh");

    private static final Set<String> CHECKED_SCRIPTS = Set.of("run", "gongkai");

    @Test
    void noFileOfTheRepositoryNamesAPathOutsideIt() {
        Path root = repositoryRoot();

        assertThat(outsidePaths(root)).isEmpty();
        assertThat(checkedFiles(root)).as("the scan reads the repository's sources")
                .anyMatch(p -> p.endsWith(Path.of("gongkai-core", "pom.xml")))
                .anyMatch(p -> p.endsWith(Path.of(".ci", "run")))
                .anyMatch(p -> p.toString().endsWith("NothingReadsOutsideTheRepositoryTests.java"));
    }

    @Test
    void aTestThatReadsTheSharedFolderBesideTheCheckoutIsFound(@TempDir Path repository) throws IOException {
        Path test = repository.resolve("gongkai-core/src/test/java/org/example/ReadsSamplesTests.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, String.join("\n",
                "class ReadsSamplesTests {",
                "    String text() throws Exception {",
                "        return Files.readString(Path.of(\"" + ".." + "/shared/samples/seed.txt\"));",
                "    }",
                "}"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");

        assertThat(outsidePaths(repository)).containsExactly(
                "gongkai-core/src/test/java/org/example/ReadsSamplesTests.java:3: return Files.readString(Path.of(\""
                        + ".." + "/shared/samples/seed.txt\"));");
    }

    @Test
    void aWalkUpToTheSharedFolderAnAbsoluteHomeAndAGrandparentAreFound(@TempDir Path repository) throws IOException {
        Path test = repository.resolve("gongkai-server/src/test/java/Finds.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, String.join("\n",
                "if (Files.isDirectory(dir.resolve(\"" + "shared" + "/seed\"))) {",
                "Path home = Path.of(\"/" + "home/alice/gongkai\");",
                "Path up = Path.of(\"" + ".." + "/.." + "\");",
                "Path data = Path.of(\"../gongkai-core/src/test/resources\");"));

        assertThat(outsidePaths(repository)).hasSize(3)
                .allMatch(finding -> finding.startsWith("gongkai-server/src/test/java/Finds.java:"))
                .noneMatch(finding -> finding.contains("gongkai-core/src/test/resources"));
    }

    /** Return one line per offending line: the file relative to the root, the line number and the trimmed line. */
    static List<String> outsidePaths(Path root) {
        List<String> findings = new ArrayList<>();
        for (Path file : checkedFiles(root)) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (OUTSIDE.stream().anyMatch(p -> p.matcher(line).find())) {
                    findings.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": " + line.trim());
                }
            }
        }
        return findings;
    }

    private static List<Path> checkedFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isBuildOutputOrGit(root.relativize(p)))
                    .filter(NothingReadsOutsideTheRepositoryTests::isChecked)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutputOrGit(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".git")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChecked(Path file) {
        String name = file.getFileName().toString();
        return CHECKED_SCRIPTS.contains(name) || CHECKED_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (MalformedInputException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the parent of this module, whose pom lists the module. */
    private static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        try {
            assertThat(Files.readString(root.resolve("pom.xml"))).contains("<module>" + module.getFileName() + "</module>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
