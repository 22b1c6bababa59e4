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
 * Entries look like a city's catalogue: titles of 15–45 characters in the usual patterns (关于印发《…》的通知, …的批复,
 * …工作要点), a 文号 such as 江教规〔2024〕17号 on normative documents and most others (a tenth written with [] or （）),
 * and bodies of a salutation, a purpose, numbered sections (一、 （一）) and a closing, with dates, percentages and Latin or
 * digit runs (PM2.5, 5G, 12345), about 650 characters on average. Word frequencies are skewed (a few words are in
 * most entries, most are rarer), and each entry names invented places and projects made of random characters,
 * which are rare and cut across word boundaries.
 */
public final class CatalogueGenerator {

    static final List<String> VOCABULARY = vocabulary();
    private static final String NAME_CHARACTERS = "东西南北中华新兴安宁和平康泰丰盛长青云海山河金石玉林松竹梅兰江湖溪桥阳明光华清远";
    private static final String[] DOCUMENT_TYPES = {"通知", "意见", "办法", "方案", "公告", "报告", "决定", "批复"};
    private static final String[] ISSUED_TYPES = {"管理办法", "实施细则", "工作方案", "实施意见", "行动计划", "暂行规定"};
    private static final String[] CITIES = {"江澜", "临川", "白石", "清河", "云阳", "松林", "金桥", "安宁"};
    private static final String[] CITY_SHORT = {"江", "临", "白", "清", "云", "松", "金", "安"};
    private static final String[] AGENCY_SHORT = {"府办", "教", "财", "发改", "卫健", "人社", "交", "环", "市监", "农"};
    private static final String[] NUMBER_KINDS = {"发", "规", "函", "办发", "字"};
    private static final String[] LAWS = {"中华人民共和国政府信息公开条例", "中华人民共和国行政许可法", "优化营商环境条例",
        "中华人民共和国预算法", "中华人民共和国突发事件应对法"};
    private static final String[] RUNS = {"PM2.5", "5G", "GDP", "12345", "App", "AQI", "3.5%", "COD"};
    private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四", "五", "六"};
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
        int agencyIndex = random.nextInt(AGENCIES);
        String agency = "BM" + (1 + agencyIndex);
        String city = CITIES[agencyIndex % CITIES.length] + "市";
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        PublicationKind kind = PublicationKind.values()[random.nextInt(10) < 7 ? 2 : random.nextInt(2)];
        int item = kind == PublicationKind.OTHER ? 2 + random.nextInt(14) : 1;
        String subject = name(random) + word(random) + word(random);
        String type = DOCUMENT_TYPES[random.nextInt(DOCUMENT_TYPES.length)];
        String title = switch (random.nextInt(5)) {
            case 0 -> "关于印发《" + city + subject + ISSUED_TYPES[random.nextInt(ISSUED_TYPES.length)] + "》的通知";
            case 1 -> "关于" + subject + word(random) + "的" + type;
            case 2 -> published.getYear() + "年" + city + subject + "工作要点";
            case 3 -> "关于公布" + (published.getYear() - 1) + "年度" + subject + word(random) + "情况的公告";
            default -> city + "关于" + subject + "的批复";
        };
        Optional<String> documentNumber = kind == PublicationKind.NORMATIVE_DOCUMENT || random.nextInt(10) < 7
                ? Optional.of(documentNumber(random, agencyIndex, published.getYear()))
                : Optional.empty();
        Optional<LocalDate> expires = random.nextInt(5) == 0 ? Optional.of(published.plusYears(2)) : Optional.empty();
        CatalogueContent content = new CatalogueContent(agency, kind, title, documentNumber, item,
                published.minusDays(random.nextInt(15)), expires, Optional.empty(), List.of(), List.of(),
                body(random, city, type, published));
        IndexNumber number = new IndexNumber(agency, published.getYear(), (int) (n % IndexNumber.MAX_SERIAL) + 1);
        return new CatalogueEntry("G-" + n, number, content, published, Optional.empty(), Optional.empty());
    }

    private static String documentNumber(Random random, int agencyIndex, int year) {
        String prefix = CITY_SHORT[agencyIndex % CITY_SHORT.length] + AGENCY_SHORT[agencyIndex % AGENCY_SHORT.length]
                + NUMBER_KINDS[random.nextInt(NUMBER_KINDS.length)];
        int brackets = random.nextInt(20);
        String open = brackets == 0 ? "[" : brackets == 1 ? "（" : "〔";
        String close = brackets == 0 ? "]" : brackets == 1 ? "）" : "〕";
        return prefix + open + year + close + (1 + random.nextInt(200)) + "号";
    }

    private static String body(Random random, String city, String type, LocalDate published) {
        StringBuilder body = new StringBuilder();
        if (random.nextBoolean()) {
            body.append("各区人民政府，市政府各委、办、局：\n");
        }
        body.append("为").append(word(random)).append(word(random)).append(name(random)).append(word(random))
                .append("，根据《").append(LAWS[random.nextInt(LAWS.length)]).append("》，结合").append(city)
                .append("实际，制定本").append(type).append("。\n");
        int sections = 2 + random.nextInt(4);
        for (int s = 0; s < sections; s++) {
            body.append(SECTION_NUMBERS[s]).append("、").append(word(random)).append(word(random)).append("\n");
            int subsections = 1 + random.nextInt(3);
            for (int u = 0; u < subsections; u++) {
                body.append("（").append(SECTION_NUMBERS[u]).append("）");
                sentence(random, body);
                sentence(random, body);
                body.append('\n');
            }
        }
        body.append("本").append(type).append("自").append(published.getYear()).append("年").append(published.getMonthValue())
                .append("月").append(published.getDayOfMonth()).append("日起施行。");
        return body.toString();
    }

    private static void sentence(Random random, StringBuilder body) {
        int words = 5 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(40);
            body.append(pick < 3 ? name(random) : pick == 3 ? RUNS[random.nextInt(RUNS.length)] : word(random));
            if (w == words / 2 && random.nextBoolean()) {
                body.append('，');
            }
        }
        body.append('。');
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
