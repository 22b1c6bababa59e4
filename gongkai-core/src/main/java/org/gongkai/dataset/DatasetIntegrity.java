package org.gongkai.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.report.DecisionCounts;

/** Checks what ties a dataset's parts together: unique ids, known agencies and requests, an acyclic hierarchy. */
final class DatasetIntegrity {

    private DatasetIntegrity() {
    }

    static void check(Dataset dataset) {
        Map<String, Integer> agencies = unique(dataset.agencies(), Agency::code, "$.agencies", "code", "机关代码");
        checkHierarchy(dataset.agencies(), agencies);
        unique(dataset.requests(), r -> r.id(), "$.requests", "id", "申请编号");
        known(dataset.requests(), r -> Optional.of(r.agency()), agencies, "$.requests", "agency", "机关");
        unique(dataset.publications(), p -> p.id(), "$.publications", "id", "公开信息编号");
        known(dataset.publications(), p -> Optional.of(p.agency()), agencies, "$.publications", "agency", "机关");
        known(dataset.decisionCounts(), c -> Optional.of(c.agency()), agencies, "$.decisionCounts", "agency", "机关");
        unique(dataset.decisionCounts(), DatasetIntegrity::agencyYear, "$.decisionCounts", "year", "机关和年度");
        unique(dataset.appeals(), Appeal::id, "$.appeals", "id", "复议诉讼编号");
        known(dataset.appeals(), a -> Optional.of(a.agency()), agencies, "$.appeals", "agency", "机关");
        Map<String, Integer> requests = new HashMap<>();
        dataset.requests().forEach(r -> requests.put(r.id(), requests.size()));
        known(dataset.appeals(), Appeal::request, requests, "$.appeals", "request", "申请");
    }

    private static String agencyYear(DecisionCounts counts) {
        return counts.agency() + " " + counts.year() + " 年";
    }

    /** Return each key's index in {@code items}, failing on the first key seen twice. */
    private static <T> Map<String, Integer> unique(
            List<T> items, Function<T, String> key, String list, String field, String what) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            Integer first = indexes.putIfAbsent(k, i);
            if (first != null) {
                throw new DatasetException(list + "[" + i + "]." + field,
                        what + " \"" + k + "\" 与 " + list + "[" + first + "] 重复");
            }
        }
        return indexes;
    }

    private static <T> void known(List<T> items, Function<T, Optional<String>> reference,
            Map<String, Integer> known, String list, String field, String what) {
        for (int i = 0; i < items.size(); i++) {
            Optional<String> name = reference.apply(items.get(i));
            if (name.isPresent() && !known.containsKey(name.get())) {
                throw new DatasetException(list + "[" + i + "]." + field,
                        "引用了文档中不存在的" + what + " \"" + name.get() + "\"");
            }
        }
    }

    private static void checkHierarchy(List<Agency> agencies, Map<String, Integer> byCode) {
        known(agencies, Agency::parent, byCode, "$.agencies", "parent", "上级机关");
        for (int i = 0; i < agencies.size(); i++) {
            Agency start = agencies.get(i);
            List<String> chain = new ArrayList<>(List.of(start.code()));
            Optional<String> parent = start.parent();
            while (parent.isPresent() && !chain.contains(parent.get())) {
                chain.add(parent.get());
                parent = agencies.get(byCode.get(parent.get())).parent();
            }
            if (parent.isPresent() && parent.get().equals(start.code())) {
                chain.add(start.code());
                throw new DatasetException("$.agencies[" + i + "].parent",
                        "机关上下级关系构成循环：" + String.join(" → ", chain));
            }
        }
    }
}
