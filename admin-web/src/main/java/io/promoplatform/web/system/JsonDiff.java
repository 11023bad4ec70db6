package io.promoplatform.web.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Field-level difference of two JSON documents, as {@code path: before -> after} entries. Paths use
 * the API's notation ({@code conditions.skus[1]}); an absent side is null. Rule revisions and audit
 * events are compared with it.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    public record Change(String field, String before, String after) {
    }

    public static List<Change> of(JsonNode before, JsonNode after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String x = a.get(field);
            String y = b.get(field);
            if (x == null ? y != null : !x.equals(y)) {
                changes.add(new Change(field, x, y));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null) {
            flatten("", node, out);
        }
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(path.isEmpty() ? name : path + "." + name, node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.isString() ? node.asString() : node.toString());
        }
    }

    /** One row of a side-by-side line diff: a removed, added or replaced line (line numbers from 1). */
    public record LineChange(Integer beforeLine, String before, Integer afterLine, String after) {
    }

    /**
     * The lines that differ between two texts, paired side by side: between two common lines, the i-th
     * removed line faces the i-th added one (longest common subsequence of lines).
     */
    public static List<LineChange> lines(String before, String after) {
        String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\\R", -1);
        String[] b = after == null || after.isEmpty() ? new String[0] : after.split("\\R", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<LineChange> out = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                pair(a, b, removed, added, out);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        pair(a, b, removed, added, out);
        return out;
    }

    private static void pair(String[] a, String[] b, List<Integer> removed, List<Integer> added, List<LineChange> out) {
        for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
            Integer x = k < removed.size() ? removed.get(k) : null;
            Integer y = k < added.size() ? added.get(k) : null;
            out.add(new LineChange(x == null ? null : x + 1, x == null ? null : a[x], y == null ? null : y + 1,
                    y == null ? null : b[y]));
        }
        removed.clear();
        added.clear();
    }
}
