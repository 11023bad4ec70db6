package io.promoplatform.samples.derive;

/** The eleven orange-juice products of the Dominick's data, numbered as in its {@code brand} column. */
enum Brand {
    TROPICANA_PREMIUM_64(1, "OJ-TROP-PREM-64", "Tropicana", "Tropicana Premium", 64),
    TROPICANA_PREMIUM_96(2, "OJ-TROP-PREM-96", "Tropicana", "Tropicana Premium", 96),
    FLORIDAS_NATURAL_64(3, "OJ-FLNAT-64", "Florida's Natural", "Florida's Natural", 64),
    TROPICANA_64(4, "OJ-TROP-64", "Tropicana", "Tropicana", 64),
    MINUTE_MAID_64(5, "OJ-MMAID-64", "Minute Maid", "Minute Maid", 64),
    MINUTE_MAID_96(6, "OJ-MMAID-96", "Minute Maid", "Minute Maid", 96),
    CITRUS_HILL_64(7, "OJ-CHILL-64", "Citrus Hill", "Citrus Hill", 64),
    TREE_FRESH_64(8, "OJ-TFRESH-64", "Tree Fresh", "Tree Fresh", 64),
    FLORIDA_GOLD_64(9, "OJ-FLGOLD-64", "Florida Gold", "Florida Gold", 64),
    DOMINICKS_64(10, "OJ-DOM-64", "Dominick's", "Dominick's", 64),
    DOMINICKS_128(11, "OJ-DOM-128", "Dominick's", "Dominick's", 128);

    final int number;
    final String sku;
    final String brandName;
    final String productLine;
    final int ounces;

    Brand(int number, String sku, String brandName, String productLine, int ounces) {
        this.number = number;
        this.sku = sku;
        this.brandName = brandName;
        this.productLine = productLine;
        this.ounces = ounces;
    }

    String productName() {
        return productLine + " Orange Juice " + ounces + " oz";
    }

    /** The column of the sales file holding this brand's per-ounce shelf price. */
    String priceColumn() {
        return "price" + number;
    }

    static Brand byNumber(int number) {
        for (Brand brand : values()) {
            if (brand.number == number) {
                return brand;
            }
        }
        throw new IllegalArgumentException("No brand numbered " + number);
    }
}
