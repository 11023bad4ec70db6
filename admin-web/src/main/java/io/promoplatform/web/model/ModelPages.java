package io.promoplatform.web.model;

import io.promoplatform.engine.model.ModelMetrics;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.JsonText;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The price-model pages: the registry with metrics, one model's charts, upload and activation (ADMIN). */
@AdminPage
class ModelPages {

    private final ModelService models;
    private final Flash flash;
    private final JsonText jsonText;

    ModelPages(ModelService models, Flash flash, JsonText jsonText) {
        this.models = models;
        this.flash = flash;
        this.jsonText = jsonText;
    }

    @GetMapping("/models")
    String list(Model model) {
        model.addAttribute("models", models.list());
        model.addAttribute("activeVersion", models.activeVersion().orElse(null));
        return "models/list";
    }

    @GetMapping("/models/{version}")
    String detail(@PathVariable String version, Model model) {
        ModelService.ModelDetail detail = models.detail(version);
        model.addAttribute("detail", detail);
        model.addAttribute("m", detail.model());
        model.addAttribute("chartJson", jsonText.of(chartData(detail)));
        return "models/detail";
    }

    /** The confirmation step before an activation (works without JavaScript). */
    @GetMapping("/models/{version}/activate")
    String confirmActivate(@PathVariable String version, Model model) {
        model.addAttribute("m", models.detail(version).model());
        model.addAttribute("activeVersion", models.activeVersion().orElse(null));
        return "models/activate";
    }

    @PostMapping("/models/{version}/activate")
    String activate(@PathVariable String version, RedirectAttributes redirect) {
        try {
            models.activate(version, Actor.current());
            flash.success(redirect, "models.flash.activated", version);
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
        }
        return "redirect:/models/" + version;
    }

    @PostMapping("/models")
    String upload(@RequestParam(name = "artifact", required = false) MultipartFile file, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            flash.error(redirect, "models.flash.noFile");
            return "redirect:/models";
        }
        try {
            ModelService.ModelView view = models.register(file.getBytes(), Actor.current());
            flash.success(redirect, "models.flash.registered", view.version());
            return "redirect:/models/" + view.version();
        } catch (ValidationProblem e) {
            flash.errorText(redirect, e.errors().get(0).message());
        } catch (ProblemException e) {
            flash.errorText(redirect, e.getMessage());
        } catch (IOException e) {
            flash.error(redirect, "models.flash.noFile");
        }
        return "redirect:/models";
    }

    /** Chart.js data: the out-of-fold scatter per brand, and elasticities per product × segment. */
    static Map<String, Object> chartData(ModelService.ModelDetail detail) {
        Map<Integer, List<double[]>> byBrand = new java.util.TreeMap<>();
        for (ModelMetrics.SamplePoint p : detail.outOfFold()) {
            byBrand.computeIfAbsent(p.brand(), b -> new ArrayList<>()).add(new double[] {p.actual(), p.predicted()});
        }
        List<Map<String, Object>> scatter = new ArrayList<>();
        byBrand.forEach((brand, points) -> scatter.add(Map.of("label",
                io.promoplatform.engine.model.OjBrand.of(brand).label(),
                "data", points.stream().map(xy -> Map.of("x", round(xy[0]), "y", round(xy[1]))).toList())));
        TreeSet<String> segments = new TreeSet<>();
        Map<String, Map<String, Double>> byProduct = new LinkedHashMap<>();
        for (ModelService.SignalRow r : detail.signals()) {
            segments.add(r.segment());
            byProduct.computeIfAbsent(r.product(), k -> new LinkedHashMap<>()).put(r.segment(), round(r.elasticity()));
        }
        List<Map<String, Object>> bars = new ArrayList<>();
        for (String segment : segments) {
            bars.add(Map.of("label", segment, "data",
                    byProduct.values().stream().map(m -> m.getOrDefault(segment, 0.0)).toList()));
        }
        return Map.of("scatter", scatter, "products", List.copyOf(byProduct.keySet()), "elasticities", bars);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
