package org.gongkai.server.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.server.search.SearchText;

/**
 * The agencies of the portal's home page in their hierarchy: what is under an agency, grouped into its own
 * departments, the governments below it and the 街道 and 乡镇, and a filter by name. Built from the stored agencies
 * (each parent before its children) once per page; every answer is a short list, however many agencies there are.
 */
public final class AgencyTree {

    /** At most this many agencies are listed for a filter; the page says how many more there are. */
    public static final int FOUND_UP_TO = 50;

    /** How an agency stands under its parent, judged from the ending of its name (docs/search.md). */
    public enum Level {
        DEPARTMENT("本级部门"),
        GOVERNMENT("下级人民政府（市、区、县）"),
        TOWN("街道、乡镇");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Level of(String name) {
            if (name.endsWith("街道办事处") || name.endsWith("镇人民政府") || name.endsWith("乡人民政府")) {
                return TOWN;
            }
            return name.endsWith("人民政府") ? GOVERNMENT : DEPARTMENT;
        }
    }

    /** An agency as listed: with how many agencies are directly under it, and its ancestors' names (for a filter). */
    public record Listed(Agency agency, int below, List<String> within) {
    }

    /** The agencies of one level under an agency. */
    public record Group(Level level, List<Listed> agencies) {
    }

    /** The first {@link #FOUND_UP_TO} agencies whose name contains the filter, and how many contain it. */
    public record Found(List<Listed> agencies, int total) {
    }

    private final List<Agency> all;
    private final Map<String, Agency> byCode = new HashMap<>();
    private final Map<String, List<Agency>> children = new HashMap<>();
    private final List<String> normalisedNames = new ArrayList<>();

    private AgencyTree(List<Agency> agencies) {
        this.all = List.copyOf(agencies);
        for (Agency a : all) {
            byCode.put(a.code(), a);
            a.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
            normalisedNames.add(SearchText.normalise(a.name()));
        }
    }

    public static AgencyTree of(List<Agency> agencies) {
        return new AgencyTree(agencies);
    }

    public Optional<Agency> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Return the agencies at the top of the hierarchy. */
    public List<Listed> roots() {
        return all.stream().filter(a -> a.parent().isEmpty() || !byCode.containsKey(a.parent().get())).map(this::listed).toList();
    }

    /** Return the agencies directly under {@code code}, by level (levels without agencies left out). */
    public List<Group> under(String code) {
        Map<Level, List<Listed>> byLevel = new EnumMap<>(Level.class);
        for (Agency child : children.getOrDefault(code, List.of())) {
            byLevel.computeIfAbsent(Level.of(child.name()), l -> new ArrayList<>()).add(listed(child));
        }
        return byLevel.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Return the agencies from the top of the hierarchy down to {@code code}'s parent. */
    public List<Agency> above(String code) {
        List<Agency> above = new ArrayList<>();
        for (Optional<String> p = byCode.get(code).parent(); p.isPresent() && byCode.containsKey(p.get()); p = byCode.get(p.get()).parent()) {
            above.add(byCode.get(p.get()));
        }
        Collections.reverse(above);
        return above;
    }

    /**
     * Return the agencies whose name contains {@code text} (both normalised as search normalises them) or whose code is
     * {@code text}, in the stored order (each parent before its children).
     */
    public Found find(String text) {
        String needle = SearchText.normalise(text);
        List<Listed> found = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < all.size(); i++) {
            Agency a = all.get(i);
            if (normalisedNames.get(i).contains(needle) || a.code().toLowerCase(Locale.ROOT).equals(needle)) {
                total++;
                if (found.size() < FOUND_UP_TO) {
                    found.add(listed(a));
                }
            }
        }
        return new Found(found, total);
    }

    private Listed listed(Agency a) {
        return new Listed(a, children.getOrDefault(a.code(), List.of()).size(), above(a.code()).stream().map(Agency::name).toList());
    }
}
