package io.promoplatform.engine.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The eleven orange-juice products of the Dominick's data, numbered as in the {@code brand} column and
 * in {@code price1..price11}. The SKU is the one the sample catalog gives the same product, so quote
 * lines of the sample catalog find their signals without a mapping table.
 */
public enum OjBrand {
    TROPICANA_PREMIUM_64(1, "Tropicana Premium 64oz", 64, "OJ-TROP-PREM-64"),
    TROPICANA_PREMIUM_96(2, "Tropicana Premium 96oz", 96, "OJ-TROP-PREM-96"),
    FLORIDAS_NATURAL_64(3, "Florida's Natural 64oz", 64, "OJ-FLNAT-64"),
    TROPICANA_64(4, "Tropicana 64oz", 64, "OJ-TROP-64"),
    MINUTE_MAID_64(5, "Minute Maid 64oz", 64, "OJ-MMAID-64"),
    MINUTE_MAID_96(6, "Minute Maid 96oz", 96, "OJ-MMAID-96"),
    CITRUS_HILL_64(7, "Citrus Hill 64oz", 64, "OJ-CHILL-64"),
    TREE_FRESH_64(8, "Tree Fresh 64oz", 64, "OJ-TFRESH-64"),
    FLORIDA_GOLD_64(9, "Florida Gold 64oz", 64, "OJ-FLGOLD-64"),
    DOMINICKS_64(10, "Dominick's 64oz", 64, "OJ-DOM-64"),
    DOMINICKS_128(11, "Dominick's 128oz", 128, "OJ-DOM-128");

    /** Number of brands, and so of price columns in every sales row. */
    public static final int COUNT = 11;

    private static final OjBrand[] BY_NUMBER = values();
    private static final Map<String, OjBrand> BY_SKU =
            Arrays.stream(BY_NUMBER).collect(Collectors.toUnmodifiableMap(OjBrand::sku, Function.identity()));

    private final int number;
    private final String label;
    private final int ounces;
    private final String sku;

    OjBrand(int number, String label, int ounces, String sku) {
        this.number = number;
        this.label = label;
        this.ounces = ounces;
        this.sku = sku;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** Pack size: the data's prices are per ounce, catalog prices per pack. */
    public int ounces() {
        return ounces;
    }

    public String sku() {
        return sku;
    }

    public static OjBrand of(int number) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("brand must be 1.." + COUNT + ", was " + number);
        }
        return BY_NUMBER[number - 1];
    }

    public static Optional<OjBrand> bySku(String sku) {
        return Optional.ofNullable(BY_SKU.get(sku));
    }
}
