package io.promoplatform.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample promotion and guard rules of the demo, as guided-rule JSON (PRICING.md), in the order of
 * {@code /samples/rules/index.txt}. They are authored against the sample catalog's brands and segments.
 */
public final class SampleRules {

    private SampleRules() {
    }

    public static List<String> load() {
        List<String> rules = new ArrayList<>();
        for (String name : text("/samples/rules/index.txt").split("\\R")) {
            if (!name.isBlank()) {
                rules.add(text("/samples/rules/" + name.strip()));
            }
        }
        return rules;
    }

    private static String text(String resource) {
        try (InputStream in = SampleRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
