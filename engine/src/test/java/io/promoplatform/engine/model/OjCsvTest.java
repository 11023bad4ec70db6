package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OjCsvTest {

    @Test
    void readsSalesRowsWithEveryBrandsPrice() {
        List<SalesRow> rows = OjCsv.readSales(Fixtures.resource("sales-small.csv"));

        assertThat(rows).hasSize(3);
        SalesRow second = rows.get(1);
        assertThat(second.store()).isEqualTo(7);
        assertThat(second.brand()).isEqualTo(4);
        assertThat(second.week()).isEqualTo(50);
        assertThat(second.logmove()).isEqualTo(8.2);
        assertThat(second.ownPrice()).isEqualTo(0.03);
        assertThat(second.price(11)).isEqualTo(0.019);
        assertThat(second.deal()).isEqualTo(1);
        assertThat(second.feat()).isEqualTo(0.5);
        assertThat(second.profit()).isEqualTo(22.0);
    }

    @Test
    void badRowErrorNamesTheFileTheLineAndTheColumn() {
        Path file = Fixtures.resource("sales-bad-row.csv");

        assertThatThrownBy(() -> OjCsv.readSales(file))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("sales-bad-row.csv line 3: column 'logmove': 'lots' is not a number")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void missingColumnIsReportedAgainstTheHeader() {
        assertThatThrownBy(() -> OjCsv.readSales(Fixtures.resource("sales-missing-column.csv")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("sales-missing-column.csv line 1: missing column(s) [feat]");
    }

    @Test
    void rowWithTooFewColumnsIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "STORE,AGE60,EDUC,ETHNIC,INCOME,HHLARGE,WORKWOM,HVAL150,SSTRDIST,SSTRVOL,CPDIST5,CPWVOL5\n"
                + "1,1,1,1,1,1,1,1,1,1,1,1\n\n2,1,1\n");

        assertThatThrownBy(() -> OjCsv.readStores(file))
                .hasMessage("short.csv line 4: expected 12 columns, found 3");
    }

    @Test
    void outOfRangeValuesAreRejectedWithTheirLine(@TempDir Path dir) throws Exception {
        String header = Files.readAllLines(Fixtures.resource("sales-small.csv")).get(0);
        Path file = dir.resolve("brand12.csv");
        Files.writeString(file, header + "\n7,12,50,9.1,1,0.05,0.04,0.035,0.03,0.032,0.028,0.03,0.029,0.027,0.022,0.019,0,0,30.5\n");

        assertThatThrownBy(() -> OjCsv.readSales(file)).hasMessage("brand12.csv line 2: brand must be 1..11, was 12");
    }

    @Test
    void readsTheLayoutOfRWriteCsvWithQuotedNamesAndRowNames() {
        List<SalesRow> rows = OjCsv.readSales(Fixtures.resource("sales-r-layout.csv"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.store()).isEqualTo(7);
            assertThat(r.logmove()).isEqualTo(9.1);
        });
    }

    @Test
    void readsStoreDemographicsByStoreNumber() {
        Map<Integer, StoreProfile> stores = OjCsv.readStores(Fixtures.resource("stores-small.csv"));

        assertThat(stores).containsOnlyKeys(7, 8);
        assertThat(stores.get(8).value(StoreProfile.COLUMNS.indexOf("INCOME"))).isEqualTo(10.2);
    }

    @Test
    void readsStoreSegmentsInTheSamplesFormat() {
        assertThat(OjCsv.readStoreSegments(Fixtures.resource("store-segments.csv")))
                .isEqualTo(Map.of(7, "north", 8, "south"));
    }

    @Test
    void fingerprintIsTheSha256OfTheFileBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "abc");

        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.UTF_8)));
        assertThat(OjCsv.sha256(file)).isEqualTo(expected)
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
