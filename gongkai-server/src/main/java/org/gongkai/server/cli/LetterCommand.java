package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.letter.Correspondence;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterFactsAssembler;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterPlan;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.Letterhead;
import org.gongkai.letter.Remedies;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.ReplyVariant;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.StatutoryClock;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.documents.DocumentFonts;
import org.gongkai.server.documents.DocumentFormat;
import org.gongkai.server.documents.HtmlToPdf;
import org.gongkai.server.documents.LetterDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai letter}: write the letter one step of a request calls for, from a gongkai/1 file, with the
 * default template; {@code gongkai letter template} keeps the agencies' templates in the database.
 */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "按默认模板生成一个申请某一步骤的告知书（PDF 或 DOCX）；子命令 template 管理数据库中各机关的文书模板。",
        subcommands = LetterTemplateCommand.class)
final class LetterCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", description = "gongkai/1 数据文件（必需）")
    Path data;

    @Option(names = "--request", paramLabel = "ID", description = "申请编号（必需）")
    String requestId;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "文书种类：receipt, clarification, extension, consultation-third-party, "
                    + "consultation-agency, fee, reply, withdrawal（取该种类最后一次对应的事件；必需）")
    String kind;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx", description = "输出格式，默认 pdf")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件（必需）")
    Path out;

    @Option(names = "--to", defaultValue = "申请人", description = "收文人姓名或名称（数据文件不含姓名），默认“申请人”")
    String recipient;

    @Option(names = "--information", defaultValue = "申请表所列的政府信息", description = "申请获取的政府信息")
    String information;

    @Option(names = "--details", defaultValue = "", description = "经办人填写的具体说明")
    String details;

    @Option(names = "--particular", paramLabel = "NAME=VALUE",
            description = "文书须写明的事项（可重复），如 correctionItems=需要补正的事项；名称见 docs/letters.md")
    Map<String, String> particulars = new LinkedHashMap<>();

    @Option(names = "--variant", description = "答复所依据的条款：ALREADY_PUBLISHED（第三十六条第（一）项）、"
            + "NOT_RESPONSIBLE（第三十六条第（五）项）")
    ReplyVariant variant;

    @Option(names = "--contact", defaultValue = AgencyProfile.NO_CONTACT, description = "联系方式")
    String contact;

    @Option(names = "--review-body", defaultValue = Remedies.GENERIC_REVIEW_BODY, description = "行政复议机关")
    String reviewBody;

    @Option(names = "--court", defaultValue = Remedies.GENERIC_COURT, description = "受理行政诉讼的人民法院")
    String court;

    @Option(names = "--date", paramLabel = "yyyy-mm-dd", description = "成文日期，默认为该事件发生之日")
    String date;

    @Override
    public Integer call() throws IOException {
        requireStepOptions();
        DocumentFormat documentFormat = DocumentFormats.parse(format);
        Dataset dataset = DatasetFiles.read(data);
        DisclosureRequest request = dataset.requests().stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new BadInputException("--request：数据文件中没有编号为“" + requestId + "”的申请"));
        LetterKind letterKind = List.of(LetterKind.values()).stream().filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new BadInputException("--kind：未知的文书种类 " + kind + "；可用：receipt, clarification, "
                        + "extension, consultation-third-party, consultation-agency, fee, reply, withdrawal"));
        int eventIndex = lastEventCalling(request, letterKind);
        String agencyName = dataset.agencies().stream().filter(a -> a.code().equals(request.agency()))
                .map(Agency::name).findFirst().orElse(request.agency());
        StatutoryClock clock = StatutoryClock.bundled();
        Map<LetterVariable, String> stated = new EnumMap<>(LetterVariable.class);
        particulars.forEach((name, value) -> stated.put(LetterVariable.byTemplateName(name)
                .orElseThrow(() -> new BadInputException("--particular：未知的事项名称 " + name)), value));
        Correspondence correspondence = new Correspondence(recipient, information, details, stated,
                Optional.ofNullable(variant));
        RenderedLetter letter;
        try {
            letter = DefaultLetterTemplates.of(LetterPlan.forEvent(request.events().get(eventIndex), correspondence)
                            .orElseThrow())
                    .render(new LetterFactsAssembler(clock).facts(request, eventIndex,
                            new Letterhead(agencyName, contact, reviewBody, court), correspondence,
                            date != null ? Arguments.date("--date", date) : request.events().get(eventIndex).on()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Files.write(out, new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded())).write(letter, documentFormat));
        return 0;
    }

    /** The options are not marked required for picocli, which would then demand them of {@code letter template}. */
    private void requireStepOptions() {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, "--data", data);
        addIfNull(missing, "--request", requestId);
        addIfNull(missing, "--kind", kind);
        addIfNull(missing, "--out", out);
        if (!missing.isEmpty()) {
            throw new BadInputException("缺少必需的选项 " + String.join("、", missing) + "；管理模板请用 gongkai letter template");
        }
    }

    private static void addIfNull(List<String> missing, String option, Object value) {
        if (value == null) {
            missing.add(option);
        }
    }

    private static int lastEventCalling(DisclosureRequest request, LetterKind kind) {
        for (int i = request.events().size() - 1; i >= 0; i--) {
            if (LetterPlan.forEvent(request.events().get(i)).filter(t -> t.kind() == kind).isPresent()) {
                return i;
            }
        }
        throw new BadInputException("申请 " + request.id() + " 没有需要发出“" + kind.label() + "”的事件");
    }
}
