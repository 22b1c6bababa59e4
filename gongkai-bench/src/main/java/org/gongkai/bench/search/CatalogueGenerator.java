package org.gongkai.bench.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;

/**
 * Generates catalogue entries of Chinese text from a fixed seed and a small bundled vocabulary. Entry {@code n} depends
 * only on the seed and {@code n}, so the same corpus can be streamed again into another store without holding it.
 * Word frequencies are skewed (a few words are in most entries, most are rarer), and each entry names invented
 * places and projects made of random characters, which are rare and cut across word boundaries.
 */
public final class CatalogueGenerator {

    static final List<String> VOCABULARY = vocabulary();
    private static final String NAME_CHARACTERS = "东西南北中华新兴安宁和平康泰丰盛长青云海山河金石玉林松竹梅兰江湖溪桥阳明光华清远";
    private static final String[] DOCUMENT_TYPES = {"通知", "意见", "办法", "方案", "公告", "报告", "决定", "批复"};
    private static final int AGENCIES = 40;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 5, 15);
    private static final int DAYS = 2400;

    private final long seed;

    public CatalogueGenerator(long seed) {
        this.seed = seed;
    }

    /** Return entries {@code 0 .. count-1}. */
    public Stream<CatalogueEntry> entries(long count) {
        return LongStream.range(0, count).mapToObj(this::entry);
    }

    /** Return entry {@code n}. */
    public CatalogueEntry entry(long n) {
        Random random = random(n);
        String agency = "BM" + (1 + random.nextInt(AGENCIES));
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String title = "关于" + name(random) + word(random) + word(random) + "的" + DOCUMENT_TYPES[random.nextInt(DOCUMENT_TYPES.length)];
        StringBuilder body = new StringBuilder();
        int sentences = 6 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            int words = 5 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                body.append(random.nextInt(12) == 0 ? name(random) : word(random));
                if (w == words / 2 && random.nextBoolean()) {
                    body.append('，');
                }
            }
            body.append('。');
        }
        PublicationKind kind = PublicationKind.values()[random.nextInt(10) < 7 ? 2 : random.nextInt(2)];
        int item = kind == PublicationKind.OTHER ? 2 + random.nextInt(14) : 1;
        Optional<LocalDate> expires = random.nextInt(5) == 0 ? Optional.of(published.plusYears(2)) : Optional.empty();
        CatalogueContent content = new CatalogueContent(agency, kind, title, Optional.empty(), item, published.minusDays(random.nextInt(15)),
                expires, Optional.empty(), List.of(), List.of(), body.toString());
        IndexNumber number = new IndexNumber(agency, published.getYear(), (int) (n % IndexNumber.MAX_SERIAL) + 1);
        return new CatalogueEntry("G-" + n, number, content, published, Optional.empty(), Optional.empty());
    }

    /** Return a random generator private to entry {@code n}. */
    Random random(long n) {
        return new Random(seed * 1_000_003L + n);
    }

    /** Return a vocabulary word, the first words far more often than the last. */
    static String word(Random random) {
        double r = random.nextDouble();
        return VOCABULARY.get((int) (r * r * VOCABULARY.size()));
    }

    /** Return an invented place or project name of 2–3 characters. */
    static String name(Random random) {
        int length = 2 + random.nextInt(2);
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
        }
        return name.toString();
    }

    private static List<String> vocabulary() {
        try (InputStream in = CatalogueGenerator.class.getResourceAsStream("/bench/vocabulary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
