package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreUniqueAndSortByCreationTime() {
        Ids early = new Ids(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        Ids late = new Ids(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(early.next("Q-"));
        }

        assertThat(seen).hasSize(10_000).allMatch(id -> id.matches("Q-[0-9A-HJKMNP-TV-Z]{26}"));
        assertThat(late.next("Q-")).isGreaterThan(early.next("Q-"));
    }
}
