package org.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the real samples (cut, duplicated, swapped and garbled stretches, long digit
 * runs, stray separators) never crash or hang the reader or the check: each file is done in bounded time,
 * and every cell the reading claims has a source.
 */
class ReaderFuzzTests {

    private static final long SEED = 7_2026_1129L;
    private static final int MUTANTS_PER_SAMPLE = 60;
    private static final Duration PER_FILE = Duration.ofSeconds(2);
    private static final String NOISE = "0123456789\t\t||  \n/-—（）()、.一二三四五六总计其他合计件年";

    @Test
    void mutatedSamplesNeverCrashOrHangTheReader() throws Exception {
        Random random = new Random(SEED);
        int files = 0;
        for (String original : originals()) {
            for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
                String mutant = mutate(original, random, 1 + random.nextInt(6));
                ReadReport read = assertTimeoutPreemptively(PER_FILE, () -> {
                    ReadReport r = ReportReader.readText(mutant);
                    ReportCheck.check(r);
                    return r;
                }, () -> "mutant hung: " + abbreviate(mutant));
                for (CellRef cell : CellRef.all()) {
                    if (cell.in(read.report()) != null) {
                        assertThat(read.sources().get(cell)).as(cell.name()).isNotNull();
                        assertThat(read.sources().get(cell).confidence().isKnown()).as(cell.name()).isTrue();
                    }
                }
                files++;
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(5 * MUTANTS_PER_SAMPLE);
    }

    private static List<String> originals() throws Exception {
        List<String> texts = new ArrayList<>();
        Path samples = SampleReports.folder();
        try (Stream<Path> files = Stream.concat(Files.list(samples), Files.list(samples.resolve("fragments")))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".html")) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }

    private static String mutate(String text, Random random, int times) {
        StringBuilder s = new StringBuilder(text);
        for (int t = 0; t < times && s.length() > 2; t++) {
            int a = random.nextInt(s.length());
            int b = Math.min(s.length(), a + 1 + random.nextInt(200));
            switch (random.nextInt(7)) {
                case 0 -> s.delete(a, b);
                case 1 -> s.insert(a, s.substring(a, b));
                case 2 -> s.insert(a, digits(random, 1 + random.nextInt(80)));
                case 3 -> {
                    for (int i = a; i < b; i++) {
                        s.setCharAt(i, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
                case 4 -> s.setLength(a);
                case 5 -> {
                    String cut = s.substring(a, b);
                    s.delete(a, b);
                    s.insert(random.nextInt(s.length() + 1), cut);
                }
                default -> s.insert(a, "\t".repeat(random.nextInt(30)) + "|".repeat(random.nextInt(5)));
            }
        }
        return s.toString();
    }

    private static String digits(Random random, int length) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < length; i++) {
            d.append((char) ('0' + random.nextInt(10)));
        }
        return d.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
