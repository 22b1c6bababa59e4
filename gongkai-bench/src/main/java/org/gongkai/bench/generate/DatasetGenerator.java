package org.gongkai.bench.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.dataset.Dataset;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;

/**
 * Make a large invented gongkai/1 dataset, the same for the same settings: a province's hierarchy, as many of
 * its agencies as the settings ask for, in this order: the province's general office at the top, its departments
 * (本级部门), then city after city: the city government, its departments, and district after district, each with
 * its departments and its 街道 and 乡镇.
 * Every request history is legal (interchange.md "Request events"); see {@link RequestHistories}.
 */
public final class DatasetGenerator {

    private static final int PUBLICATIONS_PER_AGENCY = 3;
    private static final int APPEALS_PER_THOUSAND_REQUESTS = 10;
    private static final String[] DEPARTMENTS = {"教育", "科学技术", "工业和信息化", "公安", "民政", "司法", "财政",
        "人力资源和社会保障", "自然资源", "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村", "商务", "文化和旅游",
        "卫生健康", "退役军人事务", "应急管理", "审计", "市场监督管理", "统计", "医疗保障", "体育", "林业", "信访"};
    private static final int DISTRICTS_PER_CITY = 12;
    private static final int TOWNS_PER_DISTRICT = 15;

    private final GeneratorSettings settings;
    private final Random random;

    private DatasetGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** Return the dataset these settings describe. */
    public static Dataset generate(GeneratorSettings settings) {
        return new DatasetGenerator(settings).dataset();
    }

    /** Return the code of the agency at {@code index}; index 0 is the top of the hierarchy. */
    public static String agencyCode(int index) {
        return String.format("AG%05d", index);
    }

    private Dataset dataset() {
        List<Agency> agencies = agencies();
        List<DisclosureRequest> requests = new RequestHistories(random, settings).requests();
        return new Dataset(agencies, requests, publications(), decisionCounts(), appeals(requests));
    }

    private List<Agency> agencies() {
        List<Agency> agencies = new ArrayList<>(settings.agencies());
        agencies.add(new Agency(agencyCode(0), "示例省人民政府办公厅", Optional.empty()));
        departments(agencies, agencyCode(0), "示例省", "厅");
        for (int city = 1; agencies.size() < settings.agencies(); city++) {
            String cityName = "示例省第" + city + "市";
            String cityCode = add(agencies, cityName + "人民政府", agencyCode(0));
            departments(agencies, cityCode, cityName, "局");
            for (int district = 1; district <= DISTRICTS_PER_CITY && agencies.size() < settings.agencies(); district++) {
                String districtName = cityName + "第" + district + "区";
                String districtCode = add(agencies, districtName + "人民政府", cityCode);
                departments(agencies, districtCode, districtName, "局");
                for (int town = 1; town <= TOWNS_PER_DISTRICT && agencies.size() < settings.agencies(); town++) {
                    add(agencies, districtName + (town % 3 == 0 ? "第" + town + "镇人民政府" : "第" + town + "街道办事处"), districtCode);
                }
            }
        }
        return agencies;
    }

    private void departments(List<Agency> agencies, String parent, String place, String suffix) {
        for (int d = 0; d < DEPARTMENTS.length && agencies.size() < settings.agencies(); d++) {
            add(agencies, place + DEPARTMENTS[d] + suffix, parent);
        }
    }

    private String add(List<Agency> agencies, String name, String parent) {
        String code = agencyCode(agencies.size());
        if (agencies.size() < settings.agencies()) {
            agencies.add(new Agency(code, name, Optional.of(parent)));
        }
        return code;
    }

    private List<Publication> publications() {
        List<Publication> publications = new ArrayList<>();
        LocalDate first = LocalDate.of(settings.firstYear() - 2, 1, 1);
        int span = (settings.years() + 2) * 365;
        for (int a = 0; a < settings.agencies(); a++) {
            for (int p = 0; p < PUBLICATIONS_PER_AGENCY; p++) {
                int draw = random.nextInt(10);
                PublicationKind kind = draw == 0 ? PublicationKind.RULE
                        : draw < 4 ? PublicationKind.NORMATIVE_DOCUMENT : PublicationKind.OTHER;
                LocalDate issued = first.plusDays(random.nextInt(span));
                Optional<LocalDate> repealed = kind != PublicationKind.OTHER && random.nextInt(5) == 0
                        ? Optional.of(issued.plusDays(30 + random.nextInt(900))) : Optional.empty();
                Optional<LocalDate> expires = kind == PublicationKind.NORMATIVE_DOCUMENT
                        ? Optional.of(issued.plusYears(5)) : Optional.empty();
                String id = "P" + (publications.size() + 1);
                publications.add(new Publication(id, agencyCode(a), kind,
                        agencyCode(a) + "-" + issued.getYear() + "-" + String.format("%05d", p + 1), "示例文件" + id,
                        Optional.empty(), kind == PublicationKind.OTHER ? 2 + random.nextInt(14) : 1, issued,
                        issued.plusDays(random.nextInt(15)), repealed, expires));
            }
        }
        return publications;
    }

    private List<DecisionCounts> decisionCounts() {
        List<DecisionCounts> counts = new ArrayList<>();
        for (int a = 0; a < settings.agencies(); a++) {
            for (int y = 0; y < settings.years(); y++) {
                counts.add(new DecisionCounts(agencyCode(a), settings.firstYear() + y, random.nextInt(500),
                        random.nextInt(200), random.nextInt(20), BigDecimal.valueOf(random.nextInt(100_000), 2)));
            }
        }
        return counts;
    }

    private List<Appeal> appeals(List<DisclosureRequest> requests) {
        List<Appeal> appeals = new ArrayList<>();
        for (DisclosureRequest request : requests) {
            Optional<LocalDate> finished = request.finishedOn();
            if (finished.isEmpty() || random.nextInt(1000) >= APPEALS_PER_THOUSAND_REQUESTS) {
                continue;
            }
            AppealKind kind = AppealKind.values()[random.nextInt(AppealKind.values().length)];
            LocalDate filed = finished.get().plusDays(1 + random.nextInt(60));
            boolean decided = random.nextInt(3) > 0;
            appeals.add(new Appeal("A" + (appeals.size() + 1), request.agency(), Optional.of(request.id()), kind, filed,
                    decided ? Optional.of(AppealResult.values()[random.nextInt(AppealResult.values().length)])
                            : Optional.empty(),
                    decided ? Optional.of(filed.plusDays(30 + random.nextInt(120))) : Optional.empty()));
        }
        return appeals;
    }
}
