package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleCustomer;
import io.promoplatform.samples.SampleProduct;
import io.promoplatform.samples.SampleSegment;
import io.promoplatform.samples.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the derivation on a small hand-made fixture (invented numbers, not Dominick's rows). */
class DeriveSamplesTest {

    private static final List<String> FILES = List.of("products.csv", "segments.csv", "stores.csv", "customers.csv");

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DeriveSamplesTest.class.getResource("/fixture/" + name).toURI());
    }

    private static DeriveSamples.Samples deriveFixture() throws URISyntaxException {
        return DeriveSamples.derive(fixture("oj_sales_fixture.csv"), fixture("oj_stores_fixture.csv"));
    }

    private static SampleProduct product(DeriveSamples.Samples samples, String sku) {
        return samples.products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void listPriceAndCostAreMediansOfNonDealOwnBrandRows() throws Exception {
        // Brand 1 (64 oz) non-deal rows: price1 0.050 / 0.045 / 0.040 / 0.060 per ounce, profit 25 / 20 / 30 / 40 %.
        // Pack prices 3.20, 2.88, 2.56, 3.84 -> median (2.88 + 3.20) / 2 = 3.04.
        // Costs 2.40, 2.304, 1.792, 2.304 -> median 2.304 -> 2.30.
        // The deal row (0.020) and the 0.09 in price1 of other brands' rows must not count.
        SampleProduct tropicanaPremium = product(deriveFixture(), "OJ-TROP-PREM-64");

        assertThat(tropicanaPremium.listPrice()).isEqualTo(new BigDecimal("3.04"));
        assertThat(tropicanaPremium.cost()).isEqualTo(new BigDecimal("2.30"));
        assertThat(tropicanaPremium.name()).isEqualTo("Tropicana Premium Orange Juice 64 oz");
        assertThat(tropicanaPremium.brand()).isEqualTo("Tropicana");
    }

    @Test
    void moneyIsRoundedHalfEvenToCents() throws Exception {
        // Brand 11 (128 oz): one non-deal row at 0.0275390625 per ounce = exactly 3.525 a pack; profit 20 %.
        SampleProduct dominicksLarge = product(deriveFixture(), "OJ-DOM-128");

        assertThat(dominicksLarge.listPrice()).isEqualTo(new BigDecimal("3.52"));
        assertThat(dominicksLarge.cost()).isEqualTo(new BigDecimal("2.82"));
    }

    @Test
    void exactMedianAveragesTheTwoMiddleValues() {
        assertThat(ProductPricing.median(List.of(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2"))))
                .isEqualByComparingTo("2");
        assertThat(ProductPricing.median(List.of(new BigDecimal("0.01"), new BigDecimal("0.02"))))
                .isEqualByComparingTo("0.015");
    }

    @Test
    void producesElevenProductsWithCostBelowListPrice() throws Exception {
        assertThat(deriveFixture().products()).hasSize(11)
                .allSatisfy(p -> assertThat(p.cost()).isPositive().isLessThan(p.listPrice()));
    }

    @Test
    void everyFixtureStoreIsAssignedToOneOfFiveNamedSegments() throws Exception {
        DeriveSamples.Samples samples = deriveFixture();
        Set<String> clusterIds = samples.segments().stream().map(SampleSegment::id)
                .filter(id -> !id.equals(SampleSegment.DEFAULT_ID)).collect(Collectors.toSet());

        assertThat(samples.stores()).extracting(SampleStore::id)
                .containsExactly("S-3", "S-4", "S-7", "S-10", "S-11", "S-13", "S-15", "S-16");
        assertThat(samples.stores()).extracting(SampleStore::name).contains("Dominick's #3");
        assertThat(clusterIds).hasSize(5);
        assertThat(samples.stores()).allSatisfy(s -> assertThat(clusterIds).contains(s.segment()));
        assertThat(samples.segments().get(samples.segments().size() - 1).id()).isEqualTo(SampleSegment.DEFAULT_ID);
    }

    @Test
    void fixtureStoresWithNearlyIdenticalDemographicsShareASegment() throws Exception {
        // Stores 3 and 4 are near twins, as are 7 and 10, and 11 and 13.
        var segmentOf = deriveFixture().stores().stream()
                .collect(Collectors.toMap(SampleStore::id, SampleStore::segment));
        assertThat(segmentOf.get("S-3")).isEqualTo(segmentOf.get("S-4"));
        assertThat(segmentOf.get("S-7")).isEqualTo(segmentOf.get("S-10"));
        assertThat(segmentOf.get("S-11")).isEqualTo(segmentOf.get("S-13"));
    }

    @Test
    void customersAreThreeHundredAndPointAtRealStores() throws Exception {
        DeriveSamples.Samples samples = deriveFixture();
        Set<String> storeIds = samples.stores().stream().map(SampleStore::id).collect(Collectors.toSet());

        assertThat(samples.customers()).hasSize(300);
        assertThat(samples.customers().get(0).id()).isEqualTo("C-1001");
        assertThat(samples.customers()).filteredOn(SampleCustomer::hasHomeStore)
                .allSatisfy(c -> assertThat(storeIds).contains(c.homeStore()));
        assertThat(samples.customers()).filteredOn(c -> !c.hasHomeStore())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.segment()).isEqualTo(SampleSegment.DEFAULT_ID));
    }

    @Test
    void twoRunsWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        DeriveSamples.write(deriveFixture(), first);
        DeriveSamples.write(deriveFixture(), second);

        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void mainWritesTheFourFilesWithTheirHeaders(@TempDir Path out) throws Exception {
        DeriveSamples.main(new String[] {
                "--sales", fixture("oj_sales_fixture.csv").toString(),
                "--stores", fixture("oj_stores_fixture.csv").toString(),
                "--out", out.toString()});

        assertThat(firstLine(out.resolve("products.csv"))).isEqualTo("sku,name,brand,category,listPrice,cost,currency");
        assertThat(firstLine(out.resolve("segments.csv"))).isEqualTo("id,name,description");
        assertThat(firstLine(out.resolve("stores.csv"))).isEqualTo("id,name,segment");
        assertThat(firstLine(out.resolve("customers.csv"))).isEqualTo("id,segment,homeStore,tags");
        assertThat(Files.readAllLines(out.resolve("customers.csv"))).hasSize(301);
    }

    @Test
    void argumentsMustNameSalesStoresAndOut() {
        assertThatThrownBy(() -> DeriveSamples.parseArguments(new String[] {"--sales", "a.csv", "--stores", "b.csv"}))
                .hasMessageContaining("--out");
        assertThatThrownBy(() -> DeriveSamples.parseArguments(new String[] {"--bogus", "x"}))
                .hasMessageContaining("--bogus");
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }
}
