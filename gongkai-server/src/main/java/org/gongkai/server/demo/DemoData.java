package org.gongkai.server.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.ReplyVariant;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.reports.DecisionCountsService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StepLetter;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data loaded on first start: the seed agency with its 2025 records, and an invented city
 * (江澜市) whose government office has departments and districts, each with a year of varied invented
 * requests in every state. Every name, number and address is invented; ID numbers use the region code
 * 000000, which no real region has, and phone numbers start with 100, which no real mobile number does.
 */
public final class DemoData {

    public static final String SEED_AGENCY = "SH-HZB";
    static final String CITY = "JL-SZFB";

    private static final List<Agency> INVENTED = List.of(
            new Agency(CITY, "江澜市人民政府办公室", Optional.empty()),
            new Agency("JL-JYJ", "江澜市教育局", Optional.of(CITY)),
            new Agency("JL-ZRZYJ", "江澜市自然资源和规划局", Optional.of(CITY)),
            new Agency("JL-SCJGJ", "江澜市市场监督管理局", Optional.of(CITY)),
            new Agency("JL-LCQ", "江澜市临川区人民政府", Optional.of(CITY)),
            new Agency("JL-BSQ", "江澜市白石区人民政府", Optional.of(CITY)));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String GIVEN = "明华建国秀英志强丽娟伟芳敏静磊洋艳勇军杰娜涛超";
    private static final String[] SUBJECTS = {
        "申请公开临川大道改造工程的立项批复文件", "申请公开本人所在小区旧改项目的征收补偿方案",
        "申请公开2024年度义务教育阶段学校招生计划", "申请公开白石湖周边地块的控制性详细规划",
        "申请公开某食品企业的行政处罚决定书", "申请公开市区公交线路调整的听证材料",
        "申请公开2024年度部门预算和决算说明", "申请公开老旧小区加装电梯补贴资金的发放名单（不含个人信息）",
        "申请公开某建设项目的环境影响评价批复", "申请公开学区划分调整的依据和过程材料",
        "申请公开农贸市场改造项目的招标文件", "申请公开2025年防汛应急预案"};

    /** Invented texts of the first issues of the seed agency's newsletter. */
    private static final String[] NEWS = {
        "本期要目：对口合作项目年度计划编制工作启动；区域合作交流专项资金申报指南发布。" + DemoAttachments.NOTE,
        "本期要目：召开对口支援地区产业协作座谈会，签订农产品产销对接协议十二项。" + DemoAttachments.NOTE,
        "本期要目：开展专项资金绩效自评，组织第三方机构对三个重点项目进行现场核查。" + DemoAttachments.NOTE};

    /** Invented staff names, three per agency in the order the agencies are created. */
    private static final String[] STAFF_NAMES = {"沈若溪", "顾明川", "陆正平", "林晓雨", "周立言", "韩卫国", "苏念青",
        "钱子墨", "潘德明", "叶书宁", "冯远航", "邵建华", "温可心", "贺一舟", "严志远", "俞晴川", "卓文博", "蒋承德",
        "柯清妍", "倪思源", "袁国栋"};

    /** How many random requests each invented agency gets, besides one in each state. */
    static final int REQUESTS_PER_AGENCY = 40;

    private final Clock clock;
    private final AgencyRepository agencies;
    private final AgencyProfileRepository agencyProfiles;
    private final UserRepository users;
    private final RequestService requests;
    private final PublicationService publications;
    private final DecisionCountsService decisionCounts;
    private final TransactionTemplate tx;
    private final int requestsPerAgency;
    private final Random random = new Random(20250101L);
    private int staffCreated;

    public DemoData(Clock clock, AgencyRepository agencies, AgencyProfileRepository agencyProfiles, UserRepository users,
            RequestService requests, PublicationService publications, DecisionCountsService decisionCounts,
            TransactionTemplate tx) {
        this(clock, agencies, agencyProfiles, users, requests, publications, decisionCounts, tx, REQUESTS_PER_AGENCY);
    }

    /** Demo data with fewer (or more) random requests per invented agency, e.g. for quick tests. */
    public DemoData(Clock clock, AgencyRepository agencies, AgencyProfileRepository agencyProfiles, UserRepository users,
            RequestService requests, PublicationService publications, DecisionCountsService decisionCounts,
            TransactionTemplate tx, int requestsPerAgency) {
        this.clock = clock;
        this.agencies = agencies;
        this.agencyProfiles = agencyProfiles;
        this.users = users;
        this.requests = requests;
        this.publications = publications;
        this.decisionCounts = decisionCounts;
        this.tx = tx;
        this.requestsPerAgency = requestsPerAgency;
    }

    /** Load everything in one transaction if the database has no agency yet; return whether it loaded. */
    public boolean loadIfEmpty() {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (!agencies.all().isEmpty()) {
                return false;
            }
            seedAgency();
            INVENTED.forEach(this::inventedAgency);
            return true;
        }));
    }

    private void seedAgency() {
        agencies.insert(new Agency(SEED_AGENCY, "上海市人民政府合作交流办公室", Optional.empty()));
        DemoStaff staff = staff(SEED_AGENCY, "hzb");
        Actor handler = staff.handler();
        String first = requests.register(staff.registrar(), online(SEED_AGENCY, LocalDate.of(2025, 3, 3),
                "申请公开对口支援项目资金的使用情况")).request().request().id();
        requests.close(handler, RequestService.Ref.of(first, 1).withLetter(StepLetter.NONE
                .with(LetterVariable.REASON, "对口支援项目资金的使用情况不属于我办职责范围")
                .answering(ReplyVariant.NOT_RESPONSIBLE)), LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD);
        String second = requests.register(staff.registrar(), online(SEED_AGENCY, LocalDate.of(2025, 6, 9),
                "申请公开某合作交流活动的经费明细")).request().request().id();
        requests.withdraw(staff.registrar(), RequestService.Ref.of(second, 1), LocalDate.of(2025, 6, 16));
        DemoAttachments files = new DemoAttachments();
        normativeDocument(handler, "关于印发《对口合作项目管理办法》的通知", "沪合交规〔2021〕1号", LocalDate.of(2021, 4, 12),
                "各有关单位：\n为规范对口合作项目的立项、实施和验收，提高项目资金使用效益，我办制定了《对口合作项目管理办法》，"
                        + "现印发给你们，请认真贯彻执行。\n附件：对口合作项目管理办法\n" + DemoAttachments.NOTE,
                files.pdf("对口合作项目管理办法.pdf", "对口合作项目管理办法", List.of(
                        "第一条 为规范对口合作项目管理，明确项目申报、评审、实施和验收的程序，制定本办法。",
                        "第二条 对口合作项目实行项目库管理，项目单位应当在每年三月底前提交申报材料。",
                        "第三条 项目完成后六个月内，项目单位应当提交绩效自评报告，评审结果向社会公开。")));
        normativeDocument(handler, "关于印发《区域合作交流专项资金管理办法》的通知", "沪合交规〔2023〕2号", LocalDate.of(2023, 9, 1),
                "各有关单位：\n为加强区域合作交流专项资金管理，我办修订了专项资金管理办法，现印发给你们，请遵照执行。"
                        + "\n附件：区域合作交流专项资金管理办法\n" + DemoAttachments.NOTE,
                files.docx("区域合作交流专项资金管理办法.docx", "区域合作交流专项资金管理办法", List.of(
                        "第一条 专项资金用于支持区域合作交流重点项目、人才交流和产业协作平台建设。",
                        "第二条 专项资金实行预算管理，按照“谁使用、谁负责”的原则落实绩效目标。",
                        "第三条 专项资金的分配结果和绩效评价情况按规定主动公开，接受社会监督。")));
        LocalDate day = LocalDate.of(2025, 1, 6);
        for (int i = 1; i <= 96; i++) {
            publications.publish(handler, new PublicationService.NewPublication(SEED_AGENCY, PublicationKind.OTHER,
                    "合作交流工作动态（2025年第" + i + "期）", Optional.empty(), i % 4 == 0 ? 2 : 15, day, day,
                    Optional.empty(), null), PublicationDetails.body(i <= 3 ? NEWS[i - 1] : ""), List.of());
            day = day.plusDays(3);
        }
        decisionCounts.record(handler, new DecisionCounts(SEED_AGENCY, 2025, 0, 0, 0, BigDecimal.ZERO), null);
    }

    private void normativeDocument(Actor handler, String title, String number, LocalDate issuedOn, String body,
            AttachmentFile attachment) {
        publications.publish(handler, new PublicationService.NewPublication(SEED_AGENCY,
                PublicationKind.NORMATIVE_DOCUMENT, title, Optional.of(number), 1, issuedOn, issuedOn.plusDays(5),
                Optional.empty(), null), PublicationDetails.body(body), List.of(attachment));
    }

    private void inventedAgency(Agency agency) {
        agencies.insert(agency);
        agencyProfiles.save(agency.code(), DemoProfiles.of(agency));
        DemoStaff staff = staff(agency.code(), agency.code().toLowerCase());
        Actor handler = staff.handler();
        LocalDate today = LocalDate.now(clock);
        new DemoRequests(requests, random, staff, today)
                .year(agency.code(), requestsPerAgency, this::submission);
        decisionCounts.record(handler, new DecisionCounts(agency.code(), today.getYear() - 1,
                random.nextInt(400), random.nextInt(120), random.nextInt(20),
                new BigDecimal(random.nextInt(5000)).movePointLeft(2)), null);
        LocalDate day = today.minusDays(360);
        for (int i = 0; i < 24; i++) {
            publications.publish(handler, new PublicationService.NewPublication(agency.code(),
                    i % 6 == 0 ? PublicationKind.NORMATIVE_DOCUMENT : PublicationKind.OTHER,
                    agency.name() + "政务信息（第" + (i + 1) + "期）", Optional.empty(), 1 + random.nextInt(15), day, day,
                    Optional.empty(), null));
            day = day.plusDays(15);
        }
    }

    /** Create the agency's registrar, handler and head (a handler who also approves), with invented names. */
    private DemoStaff staff(String agency, String name) {
        int first = 3 * staffCreated++;
        return new DemoStaff(
                account("registrar-" + name, STAFF_NAMES[first] + "（登记员）", agency, Role.REGISTRAR),
                account("handler-" + name, STAFF_NAMES[first + 1] + "（承办人）", agency, Role.HANDLER),
                account("head-" + name, STAFF_NAMES[first + 2] + "（负责人）", agency, Role.HANDLER, Role.APPROVER));
    }

    private Actor account(String username, String displayName, String agency, Role... roles) {
        users.insert(username, displayName, agency, Set.of(roles));
        return users.actor(username).orElseThrow();
    }

    private RequestService.Submission online(String agency, LocalDate on, String subject) {
        return new RequestService.Submission(null, agency, ApplicantType.NATURAL_PERSON, Channel.ONLINE,
                new ReceiptFacts(Optional.of(on), Optional.empty(), Optional.of(on)), applicant(), subject);
    }

    RequestService.Submission submission(String agency, LocalDate on) {
        ApplicantType type = random.nextInt(4) == 0
                ? ApplicantType.values()[1 + random.nextInt(ApplicantType.values().length - 1)]
                : ApplicantType.NATURAL_PERSON;
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        ReceiptFacts facts = new ReceiptFacts(Optional.of(on), Optional.of(on), Optional.of(on));
        return new RequestService.Submission(null, agency, type, channel, facts, applicant(),
                SUBJECTS[random.nextInt(SUBJECTS.length)]);
    }

    private Applicant applicant() {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String id = String.format("000000%d%02d%02d%03d%d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000), random.nextInt(10));
        String phone = String.format("100%08d", random.nextInt(100_000_000));
        String address = "江澜市" + (random.nextBoolean() ? "临川区" : "白石区") + "示例路" + (1 + random.nextInt(200)) + "号";
        return new Applicant(name, id, phone, address);
    }
}
