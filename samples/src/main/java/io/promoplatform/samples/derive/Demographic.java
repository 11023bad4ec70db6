package io.promoplatform.samples.derive;

/**
 * How to talk about a high or low value of one column of the stores file, both as a short word (for generated
 * segment ids) and as a phrase (for segment descriptions). Column meanings follow the bayesm documentation.
 */
enum Demographic {
    AGE60("older", "younger",
            "more residents aged 60 and over", "fewer residents aged 60 and over"),
    EDUC("college", "non-college",
            "more college graduates", "fewer college graduates"),
    ETHNIC("diverse", "less-diverse",
            "a larger Black and Hispanic population", "a smaller Black and Hispanic population"),
    INCOME("higher-income", "lower-income",
            "higher median income", "lower median income"),
    HHLARGE("large-household", "small-household",
            "more households of five or more", "fewer households of five or more"),
    WORKWOM("working", "home-based",
            "more women working full time", "fewer women working full time"),
    HVAL150("high-home-value", "low-home-value",
            "more homes worth over $150k", "fewer homes worth over $150k"),
    SSTRDIST("far-from-warehouse", "near-warehouse",
            "the nearest warehouse store farther away", "the nearest warehouse store close by"),
    SSTRVOL("outselling-warehouse", "outsold-by-warehouse",
            "sales high relative to the nearest warehouse store", "sales low relative to the nearest warehouse store"),
    CPDIST5("suburban", "dense",
            "rival supermarkets farther apart", "rival supermarkets close by"),
    CPWVOL5("busy", "quiet",
            "sales high relative to the five nearest supermarkets", "sales low relative to the five nearest supermarkets");

    private final String highWord;
    private final String lowWord;
    private final String highPhrase;
    private final String lowPhrase;

    Demographic(String highWord, String lowWord, String highPhrase, String lowPhrase) {
        this.highWord = highWord;
        this.lowWord = lowWord;
        this.highPhrase = highPhrase;
        this.lowPhrase = lowPhrase;
    }

    /** Position of this column in {@link RawData#DEMOGRAPHIC_COLUMNS} and so in every feature vector. */
    int index() {
        return RawData.DEMOGRAPHIC_COLUMNS.indexOf(name());
    }

    String word(double z) {
        return z >= 0 ? highWord : lowWord;
    }

    String phrase(double z) {
        return z >= 0 ? highPhrase : lowPhrase;
    }
}
