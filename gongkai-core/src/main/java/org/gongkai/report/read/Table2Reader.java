package org.gongkai.report.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.Table2;

/** Read the 2021 表二: documents issued, repealed and in force; decision counts; fees in 万元. */
final class Table2Reader {

    static final String[] DOCUMENT_COLUMNS = {"issued", "repealed", "inForce"};
    static final String[] COUNT_ROWS = {"LICENSING", "PENALTY", "COERCION"};
    static final String FEES = "FEES_WAN_YUAN";
    private static final int SIZE = 9;

    private Table2Reader() {
    }

    /** The figures read, and the fee with its source (the fee is a decimal, read apart from the counts). */
    record Result(TableReading counts, BigDecimal fee, CellSource feeSource) {
    }

    static Result read(FlatText flat, int from, int to) {
        List<LabelSpec> specs = Labels.table2();
        Map<String, RowLocator.Located> located = RowLocator.locate(flat.text(), from, to, specs);
        Map<String, int[]> cells = new HashMap<>();
        cells.put("RULE", new int[] {0, 1, 2});
        cells.put("NORMATIVE_DOCUMENT", new int[] {3, 4, 5});
        for (int i = 0; i < COUNT_ROWS.length; i++) {
            cells.put(COUNT_ROWS[i], new int[] {6 + i});
        }
        int[] columnOf = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            columnOf[i] = i;
        }
        TableReading counts = TableReading.read(flat, SIZE, specs.subList(0, 5), located, cells, Map.of(), List.of(),
                columnOf);
        RowLocator.Located fees = located.get(FEES);
        if (fees == null) {
            counts.missingRows.add(FEES);
            return new Result(counts, null, CellSource.missing("未找到该行"));
        }
        counts.anyLabel = true;
        if (fees.misprinted()) {
            counts.misprintedLabels.put(FEES, flat.text().substring(fees.labelStart(), fees.labelEnd()).strip());
        }
        List<Token> tokens = Material.values(flat.text(), fees.labelEnd(), fees.valuesEnd());
        List<Token> numbers = tokens.stream().filter(t -> t.kind() == Token.Kind.NUMBER).toList();
        if (numbers.size() != 1) {
            return new Result(counts, null, CellSource.missing(numbers.isEmpty()
                    ? (tokens.isEmpty() ? "该行没有数字" : "印刷为空白或“/”") : "该行有多个数字，无法确定收费金额"));
        }
        Token fee = numbers.get(0);
        return new Result(counts, new BigDecimal(fee.text()),
                new CellSource(Confidence.READ, flat.where(fee.offset()), fee.text(), ""));
    }

    /**
     * Read the 2019 表二 (国办公开办函〔2019〕60号) into the cells the two formats share: 规章 and 规范性文件
     * 本年新制作数量 as documents issued, and 行政许可, 行政处罚, 行政强制 处理决定数量 as decisions. Its other
     * columns (本年新公开, 对外公开总数量, 上一年项目数量, 本年增/减, 集中采购) have no 2021 cell and are not read;
     * the cells the 2019 format lacks are unread with that reason.
     */
    static Result read2019(FlatText flat, int from, int to) {
        List<LabelSpec> specs = Labels.table2Of2019();
        Map<String, RowLocator.Located> located = RowLocator.locate(flat.text(), from, to, specs);
        Map<String, int[]> cells = new HashMap<>();
        int next = 0;
        for (LabelSpec spec : specs) {
            int width = spec.key().equals(FEES) ? 2 : 3;
            int[] ids = new int[width];
            for (int c = 0; c < width; c++) {
                ids[c] = next++;
            }
            cells.put(spec.key(), ids);
        }
        int[] columnOf = new int[next];
        for (int i = 0; i < next; i++) {
            columnOf[i] = i;
        }
        TableReading read = TableReading.read(flat, next, specs, located, cells, Map.of(), List.of(), columnOf);
        TableReading counts = new TableReading(SIZE);
        counts.anyLabel = read.anyLabel;
        counts.missingRows.addAll(read.missingRows);
        counts.rowsOutOfOrder.addAll(read.rowsOutOfOrder);
        counts.misprintedLabels.putAll(read.misprintedLabels);
        CellSource absent = CellSource.missing("2019年版表二无此栏");
        java.util.Arrays.fill(counts.sources, absent);
        copy(read, cells.get("RULE")[0], counts, 0);
        copy(read, cells.get("NORMATIVE_DOCUMENT")[0], counts, 3);
        for (int i = 0; i < COUNT_ROWS.length; i++) {
            copy(read, cells.get(COUNT_ROWS[i])[2], counts, 6 + i);
        }
        return new Result(counts, null, CellSource.missing("2019年版表二无收费金额栏"));
    }

    private static void copy(TableReading from, int cell, TableReading to, int target) {
        to.values[target] = from.values[cell];
        to.sources[target] = from.sources[cell];
    }

    static Table2 table(Result result) {
        Integer[] v = result.counts().values;
        return new Table2(new Table2.DocumentCounts(v[0], v[1], v[2]), new Table2.DocumentCounts(v[3], v[4], v[5]),
                v[6], v[7], v[8], result.fee());
    }

    static Map<CellRef, CellSource> sources(Result result) {
        Map<CellRef, CellSource> sources = new HashMap<>();
        CellSource[] s = result.counts().sources;
        for (int c = 0; c < 3; c++) {
            sources.put(CellRef.table2("RULE", DOCUMENT_COLUMNS[c]), s[c]);
            sources.put(CellRef.table2("NORMATIVE_DOCUMENT", DOCUMENT_COLUMNS[c]), s[3 + c]);
            sources.put(CellRef.table2(COUNT_ROWS[c], ""), s[6 + c]);
        }
        sources.put(CellRef.table2(FEES, ""), result.feeSource());
        return sources;
    }
}
