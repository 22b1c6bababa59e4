package org.gongkai.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetException;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.json.Json;
import org.gongkai.request.Deadline;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.RequestStatus;
import org.gongkai.request.StatutoryClock;
import org.gongkai.server.time.ServerTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai deadline}: a request's due date, its state on a day, and the trace that explains it. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "计算一件申请的答复期限、某日的办理状态和剩余工作日，并逐日说明依据。")
final class DeadlineCommand implements Runnable {

    /** "Today" is the date in China; tests replace the clock. */
    Clock clock = ServerTime.system();

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "gongkai/1 数据文件（JSON）")
    Path data;

    @Option(names = "--request", required = true, paramLabel = "ID", description = "申请编号")
    String requestId;

    @Option(names = "--on", paramLabel = "DATE", description = "查看哪一天的状态，yyyy-mm-dd；默认今天（北京时间）")
    String on;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "输出格式：text 或 json（默认 text）")
    String format;

    @Override
    public void run() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new BadInputException("--format：“" + format + "”无效，应为 text 或 json");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : Arguments.date("--on", on);
        Dataset dataset = DatasetFiles.read(data);
        int index = indexOf(dataset);
        DisclosureRequest request = dataset.requests().get(index);
        if (day.isBefore(request.receivedOn())) {
            throw new BadInputException("--on：" + day + " 早于申请 " + requestId + " 的收到申请之日 " + request.receivedOn());
        }
        StatutoryClock statutoryClock = StatutoryClock.bundled();
        Map<String, Object> result;
        try {
            result = result(statutoryClock, request, day);
        } catch (InvalidHistoryException e) {
            throw DatasetFiles.badData(data, DatasetException.atEvent(index, e));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? Json.write(result) : text(result));
        out.flush();
    }

    private int indexOf(Dataset dataset) {
        List<DisclosureRequest> requests = dataset.requests();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).id().equals(requestId)) {
                return i;
            }
        }
        throw new BadInputException("--request：数据文件中没有编号为“" + requestId + "”的申请");
    }

    private static Map<String, Object> result(StatutoryClock clock, DisclosureRequest request, LocalDate day) {
        Deadline deadline = clock.deadline(request);
        RequestStatus status = clock.statusOn(request, day);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("request", request.id());
        out.put("agency", request.agency());
        out.put("receivedOn", request.receivedOn().toString());
        out.put("dueOn", deadline.dueOn().toString());
        out.put("on", day.toString());
        out.put("state", status.state().name());
        out.put("stateLabel", status.state().label());
        out.put("dueOnAsOfOn", status.deadline().dueOn().toString());
        out.put("workingDaysLeft", status.workingDaysLeft());
        out.put("provisional", deadline.provisional() || status.deadline().provisional());
        out.put("trace", deadline.trace().lines());
        out.put("warnings", deadline.trace().warnings());
        out.put("clarificationNoticeDueOn", clock.clarificationNoticeDeadline(request).dueOn().toString());
        out.put("consultationReplyDueOn", clock.consultationReplyDeadlines(request).stream()
                .map(d -> d.dueOn().toString()).toList());
        out.put("feePaymentDueOn", clock.feePaymentDeadline(request).map(d -> d.dueOn().toString()).orElse(null));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        out.append("申请 ").append(r.get("request")).append("（机关 ").append(r.get("agency")).append("）\n");
        out.append("答复期限：").append(DayExplanation.dayLabel(LocalDate.parse((String) r.get("dueOn"))))
                .append(Boolean.TRUE.equals(r.get("provisional")) ? "（临时结果）" : "").append('\n');
        out.append(r.get("on")).append(" 的状态：").append(r.get("stateLabel"))
                .append("；剩余工作日：").append(r.get("workingDaysLeft"));
        if (!r.get("dueOnAsOfOn").equals(r.get("dueOn"))) {
            out.append("（按当日已知事件，答复期限为 ").append(r.get("dueOnAsOfOn")).append("）");
        }
        out.append('\n').append("计算过程：\n");
        ((List<String>) r.get("trace")).forEach(line -> out.append("  ").append(line).append('\n'));
        List<String> warnings = (List<String>) r.get("warnings");
        if (!warnings.isEmpty()) {
            out.append("注意：\n");
            warnings.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }
}
