package io.promoplatform.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleCatalogTest {

    private static SampleCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = SampleCatalog.load();
    }

    @Test
    void loadsElevenJuiceProductsOnePerDominicksBrand() {
        assertThat(catalog.products()).hasSize(11);
        assertThat(catalog.products()).extracting(SampleProduct::sku).containsExactly(
                "OJ-TROP-PREM-64", "OJ-TROP-PREM-96", "OJ-FLNAT-64", "OJ-TROP-64", "OJ-MMAID-64", "OJ-MMAID-96",
                "OJ-CHILL-64", "OJ-TFRESH-64", "OJ-FLGOLD-64", "OJ-DOM-64", "OJ-DOM-128");
        assertThat(catalog.products()).allSatisfy(p -> {
            assertThat(p.category()).isEqualTo("juice");
            assertThat(p.currency()).isEqualTo("USD");
        });
        assertThat(catalog.products()).filteredOn(p -> p.brand().equals("Tropicana")).hasSize(3);
    }

    @Test
    void everyCostIsPositiveAndBelowListPriceInWholeCents() {
        assertThat(catalog.products()).allSatisfy(p -> {
            assertThat(p.listPrice().scale()).isEqualTo(2);
            assertThat(p.cost().scale()).isEqualTo(2);
            assertThat(p.cost()).isPositive().isLessThan(p.listPrice());
        });
    }

    @Test
    void largerPackOfTheSameBrandCostsMoreButLessPerOunce() {
        SampleProduct small = product("OJ-DOM-64");
        SampleProduct large = product("OJ-DOM-128");
        assertThat(large.listPrice()).isGreaterThan(small.listPrice());
        assertThat(large.listPrice()).isLessThan(small.listPrice().multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void idsAreUniqueInEveryFile() {
        assertUnique(catalog.products().stream().map(SampleProduct::sku).toList());
        assertUnique(catalog.segments().stream().map(SampleSegment::id).toList());
        assertUnique(catalog.stores().stream().map(SampleStore::id).toList());
        assertUnique(catalog.customers().stream().map(SampleCustomer::id).toList());
    }

    @Test
    void defaultSegmentIsPresentBesidesFiveClusters() {
        assertThat(catalog.segments()).extracting(SampleSegment::id).contains(SampleSegment.DEFAULT_ID);
        assertThat(catalog.segments()).hasSize(6);
        assertThat(catalog.segments()).allSatisfy(s -> {
            assertThat(s.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(s.description()).isNotBlank();
        });
    }

    @Test
    void everyStoreBelongsToAnExistingClusterSegment() {
        Set<String> segmentIds = ids(catalog.segments().stream().map(SampleSegment::id));
        assertThat(catalog.stores()).isNotEmpty().allSatisfy(store -> {
            assertThat(store.id()).matches("S-\\d+");
            assertThat(segmentIds).contains(store.segment());
            assertThat(store.segment()).isNotEqualTo(SampleSegment.DEFAULT_ID);
        });
    }

    @Test
    void everyCustomerHomeStoreExistsAndMatchesTheCustomersSegment() {
        var storesById = catalog.stores().stream().collect(Collectors.toMap(SampleStore::id, Function.identity()));
        Set<String> segmentIds = ids(catalog.segments().stream().map(SampleSegment::id));
        assertThat(catalog.customers()).hasSize(300).allSatisfy(customer -> {
            assertThat(segmentIds).contains(customer.segment());
            if (customer.hasHomeStore()) {
                assertThat(storesById).containsKey(customer.homeStore());
                assertThat(customer.segment()).isEqualTo(storesById.get(customer.homeStore()).segment());
            } else {
                assertThat(customer.segment()).isEqualTo(SampleSegment.DEFAULT_ID);
            }
        });
    }

    @Test
    void customersWithoutHomeStoreAreAFewAndTagsComeFromTheKnownSet() {
        long withoutStore = catalog.customers().stream().filter(c -> !c.hasHomeStore()).count();
        assertThat(withoutStore).isBetween(1L, 30L);
        assertThat(catalog.customers()).flatExtracting(SampleCustomer::tags)
                .isSubsetOf("loyalty", "new", "family", "student", "senior");
        assertThat(catalog.customers().get(0).id()).isEqualTo("C-1001");
        assertThat(catalog.customers().get(299).id()).isEqualTo("C-1300");
    }

    @Test
    void accessorsReturnImmutableLists() {
        assertThatThrownBy(() -> catalog.products().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.customers().get(0).tags().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static SampleProduct product(String sku) {
        return catalog.products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static void assertUnique(java.util.List<String> ids) {
        assertThat(ids).doesNotHaveDuplicates();
    }
}
