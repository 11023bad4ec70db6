package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.regression.Regressor;

class FeatureSetTest {

    private static final List<String> DEMOGRAPHICS = StoreProfile.COLUMNS;

    private final Map<Integer, StoreProfile> stores = OjCsv.readStores(Fixtures.resource("stores-small.csv"));
    private final SalesRow row = OjCsv.readSales(Fixtures.resource("sales-small.csv")).get(1);

    @Test
    void treeFeaturesAreLogPricesBrandOneHotDealFeatDemographicsAndSeasonButNoStoreId() {
        List<String> names = FeatureSet.TREES.names(4);

        assertThat(names).contains("logOwnPrice", "deal", "feat", "seasonSin", "seasonCos")
                .contains("brand01", "brand04", "brand11")
                .contains("logPrice01", "logPrice03", "logPrice05", "logPrice11")
                .doesNotContain("logPrice04")
                .containsAll(DEMOGRAPHICS)
                .noneMatch(n -> n.toLowerCase().contains("store"))
                .hasSize(11 + 1 + 10 + 2 + DEMOGRAPHICS.size() + 2);
        assertThat(FeatureSet.TREES.allNames()).contains("logPrice04").doesNotContain("store", "STORE");
    }

    @Test
    void linearFeaturesFollowTheReadmeLogLogDesign() {
        List<String> names = FeatureSet.LINEAR.names(4);

        assertThat(names).contains("logOwnPriceXbrand04", "logOwnPriceXbrand01", "logPrice04", "dealXfeat", "deal", "feat")
                .containsAll(DEMOGRAPHICS)
                .noneMatch(n -> n.toLowerCase().contains("store"))
                .hasSize(11 + 11 + 11 + 3 + DEMOGRAPHICS.size() + 2);
    }

    @Test
    void treeFeatureValuesAreLogsOfTheRowsPricesAndTheStoresDemographics() {
        Map<String, Double> f = values(FeatureSet.TREES.example(row, stores.get(7)));

        assertThat(f.get("logOwnPrice")).isCloseTo(Math.log(0.03), within(1e-12));
        assertThat(f.get("logPrice01")).isCloseTo(Math.log(0.05), within(1e-12));
        assertThat(f.get("logPrice11")).isCloseTo(Math.log(0.019), within(1e-12));
        assertThat(f.get("brand04")).isEqualTo(1.0);
        assertThat(f.get("brand01")).isEqualTo(0.0);
        assertThat(f.get("deal")).isEqualTo(1.0);
        assertThat(f.get("feat")).isEqualTo(0.5);
        assertThat(f.get("INCOME")).isEqualTo(10.6);
        assertThat(f.get("CPWVOL5")).isEqualTo(0.40);
        assertThat(f).doesNotContainKey("logPrice04");
    }

    @Test
    void linearFeaturesPutTheOwnLogPriceOnlyOnTheRowsBrand() {
        Map<String, Double> f = values(FeatureSet.LINEAR.example(row, stores.get(7)));

        assertThat(f.get("logOwnPriceXbrand04")).isCloseTo(Math.log(0.03), within(1e-12));
        assertThat(f.get("logOwnPriceXbrand01")).isZero();
        assertThat(f.get("logPrice04")).isCloseTo(Math.log(0.03), within(1e-12));
        assertThat(f.get("dealXfeat")).isEqualTo(0.5);
    }

    @Test
    void exampleCarriesLogmoveAsTheTarget() {
        Example<Regressor> example = FeatureSet.TREES.example(row, stores.get(7));

        assertThat(example.getOutput().getValues()[0]).isEqualTo(8.2);
    }

    @Test
    void rowOfAStoreWithoutDemographicsIsRejectedBecauseTheModelKnowsStoresOnlyThroughThem() {
        assertThatThrownBy(() -> FeatureSet.TREES.examples(List.of(row), Map.of(8, stores.get(8))))
                .hasMessageContaining("store 7 has sales rows but no demographics");
    }

    private static Map<String, Double> values(Example<Regressor> example) {
        Map<String, Double> out = new HashMap<>();
        for (Feature f : example) {
            out.put(f.getName(), f.getValue());
        }
        return out;
    }
}
