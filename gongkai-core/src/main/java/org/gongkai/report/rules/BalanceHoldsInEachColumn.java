package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** 勾稽关系: in each column of 表三, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理. */
final class BalanceHoldsInEachColumn implements ReportRule {

    @Override
    public String name() {
        return "table3.balance";
    }

    @Override
    public String basis() {
        return "国办公开办函〔2021〕30号 表三表头：" + Table3Row.BALANCE_NOTE;
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        Table3 table = report.table3();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer newRequests = table.cell(Table3Row.NEW, column);
            Integer carriedOver = table.cell(Table3Row.CARRIED_OVER, column);
            Integer handled = table.cell(Table3Row.TOTAL_HANDLED, column);
            Integer carriedForward = table.cell(Table3Row.CARRIED_FORWARD, column);
            Integer in = Cells.sum(Arrays.asList(newRequests, carriedOver));
            Integer out = Cells.sum(Arrays.asList(handled, carriedForward));
            if (in == null || out == null || in.equals(out)) {
                continue;
            }
            findings.add(new Finding(name(), Severity.ERROR,
                    List.of(Cells.table3(Table3Row.NEW, column), Cells.table3(Table3Row.CARRIED_OVER, column),
                            Cells.table3(Table3Row.TOTAL_HANDLED, column),
                            Cells.table3(Table3Row.CARRIED_FORWARD, column)),
                    String.valueOf(in), String.valueOf(out),
                    "表三“" + Cells.columnName(column) + "”列不平衡：本年新收 " + newRequests + " 件加上年结转 "
                            + carriedOver + " 件共 " + in + " 件，而办理结果总计 " + handled + " 件加结转下年度 "
                            + carriedForward + " 件共 " + out + " 件；两者应当相等。"));
        }
        return findings;
    }
}
