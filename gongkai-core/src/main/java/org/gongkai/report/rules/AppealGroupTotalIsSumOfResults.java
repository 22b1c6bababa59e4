package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

/** In each group of 表四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class AppealGroupTotalIsSumOfResults implements ReportRule {

    @Override
    public String name() {
        return "table4.groupTotal";
    }

    @Override
    public String basis() {
        return "国办公开办函〔2021〕30号 表四各组的“总计”栏（law-spec.md §1.7 R5）";
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        Table4 table = report.table4();
        List<Finding> findings = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            Integer total = table.cell(kind, Table4Column.TOTAL);
            Integer sum = Cells.sum(Cells.RESULTS.stream().map(c -> table.cell(kind, c)).toList());
            if (total == null || sum == null || total.equals(sum)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Table4Column column : Table4Column.values()) {
                cells.add(Cells.table4(kind, column));
            }
            findings.add(new Finding(name(), Severity.ERROR, cells, String.valueOf(sum), String.valueOf(total),
                    "表四“" + Cells.kindName(kind) + "”：结果维持、结果纠正、其他结果、尚未审结合计 " + sum
                            + " 件，总计却为 " + total + " 件。"));
        }
        return findings;
    }
}
