package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promoplatform.engine.quote.Signals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceSignalsTest {

    private final PriceSignals signals = PriceSignals.of(Map.of(
            1, Map.of("default", new Signals(-2.5, 100), "seniors", new Signals(-2.0, 80)),
            10, Map.of("default", new Signals(-3.5, 300))));

    @Test
    void findsTheSignalsOfABrandInASegment() {
        assertThat(signals.find(1, "seniors")).contains(new Signals(-2.0, 80));
    }

    @Test
    void aSegmentWithoutItsOwnSignalsGetsTheChainWideDefault() {
        assertThat(signals.find(1, "young-working")).contains(new Signals(-2.5, 100));
        assertThat(signals.find(10, "seniors")).contains(new Signals(-3.5, 300));
        assertThat(signals.find(1, null)).contains(new Signals(-2.5, 100));
    }

    @Test
    void sampleCatalogSkusResolveToTheirBrand() {
        assertThat(signals.find("OJ-TROP-PREM-64", "seniors")).contains(new Signals(-2.0, 80));
        assertThat(signals.find("OJ-DOM-64", "default")).contains(new Signals(-3.5, 300));
    }

    @Test
    void aProductTheModelDoesNotKnowGetsNoSignals() {
        assertThat(signals.find("MILK-1L", "seniors")).isEmpty();
        assertThat(signals.find(5, "seniors")).isEmpty();
        assertThat(signals.find(0, "seniors")).isEmpty();
        assertThat(signals.find(12, "seniors")).isEmpty();
    }

    @Test
    void extraSkusMapOntoBrandsWithoutChangingTheOriginal() {
        PriceSignals more = signals.withSkus(Map.of("TROP-PREM-64-NEW", 1));

        assertThat(more.find("TROP-PREM-64-NEW", "seniors")).contains(new Signals(-2.0, 80));
        assertThat(signals.find("TROP-PREM-64-NEW", "seniors")).isEmpty();
        assertThatThrownBy(() -> signals.withSkus(Map.of("X", 12))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableIsACopyThatCannotChangeTheSignals() {
        Map<Integer, Map<String, Signals>> table = signals.table();
        table.get(1).put("seniors", new Signals(0, 0));
        table.remove(10);

        assertThat(signals.find(1, "seniors")).contains(new Signals(-2.0, 80));
        assertThat(signals.segments()).containsExactly("default", "seniors");
    }
}
