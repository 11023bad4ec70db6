package io.promoplatform.web.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * A refused form's messages by field, for {@code fragments/forms :: fieldError(name)} beside each
 * input and a summary above the form. Field names are the service's JSON paths (e.g.
 * {@code conditions.skus[0]}, or {@code drl} with a line and column in the message).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, List<String>> of(ValidationProblem problem) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ValidationProblem.FieldProblem p : problem.errors()) {
            out.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new ArrayList<>()).add(p.message());
        }
        return out;
    }

    /** Puts {@code fieldErrors} and {@code formError} (the summary) on the model. */
    public static void addTo(Model model, ValidationProblem problem) {
        model.addAttribute("fieldErrors", of(problem));
        model.addAttribute("formError", problem.getMessage());
    }
}
