package io.promoplatform.web.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The raw DRL editor's form (ADMIN): the envelope {@code {"name","kind","priority","drl"}}. */
public class DrlRuleForm {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private String name = "";
    private String kind = "PROMOTION";
    private String priority = "100";
    private String drl = """
            package io.promoplatform.rules.custom;

            import io.promoplatform.rules.facts.LineFact;
            import java.math.BigDecimal;

            rule "TenPercentOffJuice"
            when
                $l : LineFact( category == "juice" )
            then
                $l.percentOff(drools, new BigDecimal("10"));
            end
            """;

    String toJson(JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name == null ? "" : name.strip());
        body.put("kind", kind);
        String p = priority == null ? "" : priority.strip();
        body.put("priority", p.matches("-?\\d{1,9}") ? (Object) Integer.parseInt(p) : p.isEmpty() ? null : p);
        if (body.get("priority") == null) {
            body.remove("priority");
        }
        body.put("drl", drl == null ? "" : drl);
        return json.writeValueAsString(body);
    }

    static DrlRuleForm of(JsonNode body) {
        DrlRuleForm form = new DrlRuleForm();
        form.name = body.path("name").asString();
        form.kind = body.path("kind").asString();
        form.priority = body.path("priority").toString();
        form.drl = body.path("drl").asString();
        return form;
    }

    /** The line numbers the messages name ("line 7, column 3: ..."), to highlight them in the listing. */
    static java.util.Set<Integer> linesNamedIn(Iterable<String> messages) {
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        for (String message : messages) {
            Matcher m = LINE.matcher(message);
            while (m.find()) {
                lines.add(Integer.parseInt(m.group(1)));
            }
        }
        return lines;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getDrl() { return drl; }
    public void setDrl(String drl) { this.drl = drl; }
}
