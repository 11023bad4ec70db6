package io.promoplatform.engine.model;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small invented CSV files under {@code src/test/resources/model}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource model/" + name, e);
        }
    }
}
