package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The admin's texts: every {@code #{key}} a template uses exists in a bundle, and a message with
 * arguments doubles its apostrophes (MessageFormat would otherwise swallow the text after one).
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

    private static Properties bundles() throws IOException {
        Properties all = new Properties();
        List<Path> files = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
        try (Stream<Path> area = Files.list(RESOURCES.resolve("i18n"))) {
            area.filter(p -> p.toString().endsWith(".properties")).forEach(files::add);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                all.putAll(p);
            }
        }
        return all;
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        Properties messages = bundles();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(t));
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(RESOURCES.relativize(t) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        bundles().forEach((key, value) -> {
            String text = (String) value;
            if (ARGUMENT.matcher(text).find() && text.replace("''", "").contains("'")) {
                broken.add(key + "=" + text);
            }
        });
        assertThat(broken).isEmpty();
    }
}
