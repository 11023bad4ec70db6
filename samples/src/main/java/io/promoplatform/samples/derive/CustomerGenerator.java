package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleCustomer;
import io.promoplatform.samples.SampleSegment;
import io.promoplatform.samples.SampleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic customers, drawn with a fixed-seed {@link Random} so the file is the same on every run. Each customer
 * gets a uniformly chosen home store and that store's segment, except for a small share with no home store, who
 * fall in the default segment. Tag odds follow the home store's neighbourhood where that makes sense: the chance of
 * {@code senior} is the store's share of residents aged 60+, {@code family} grows with its share of large
 * households, {@code student} with its share of college graduates. Customers without a store use the all-store
 * averages.
 */
final class CustomerGenerator {

    static final int FIRST_ID = 1001;
    static final int COUNT = 300;
    static final long SEED = 20_240_601L;
    static final double NO_HOME_STORE = 0.05;
    static final double LOYALTY = 0.55;
    static final double NEW = 0.12;
    static final double FAMILY_PER_LARGE_HOUSEHOLD_SHARE = 2.5;
    static final double STUDENT_PER_GRADUATE_SHARE = 0.3;

    private CustomerGenerator() {
    }

    /**
     * @param stores       the sample stores, in the same order as {@code demographics}
     * @param demographics the raw demographics of those stores
     */
    static List<SampleCustomer> generate(List<SampleStore> stores, List<RawData.StoreDemographics> demographics) {
        if (stores.size() != demographics.size()) {
            throw new IllegalArgumentException("stores and demographics must line up");
        }
        double[] averages = averages(demographics);
        Random random = new Random(SEED);
        List<SampleCustomer> customers = new ArrayList<>();
        for (int n = 0; n < COUNT; n++) {
            String id = "C-" + (FIRST_ID + n);
            if (random.nextDouble() < NO_HOME_STORE) {
                customers.add(new SampleCustomer(id, SampleSegment.DEFAULT_ID, null, tags(random, averages)));
            } else {
                int s = random.nextInt(stores.size());
                SampleStore store = stores.get(s);
                customers.add(new SampleCustomer(id, store.segment(), store.id(),
                        tags(random, demographics.get(s).values())));
            }
        }
        return customers;
    }

    /** Tags in a fixed order: loyalty, new, family, student, senior. */
    private static List<String> tags(Random random, double[] neighbourhood) {
        double seniorShare = neighbourhood[Demographic.AGE60.index()];
        double largeHouseholdShare = neighbourhood[Demographic.HHLARGE.index()];
        double graduateShare = neighbourhood[Demographic.EDUC.index()];

        boolean senior = random.nextDouble() < seniorShare;
        boolean isNew = random.nextDouble() < NEW;
        // A shopper who is new here has not yet joined the loyalty scheme.
        boolean loyalty = !isNew && random.nextDouble() < LOYALTY;
        boolean family = random.nextDouble() < Math.min(1, largeHouseholdShare * FAMILY_PER_LARGE_HOUSEHOLD_SHARE);
        boolean student = !senior && random.nextDouble() < graduateShare * STUDENT_PER_GRADUATE_SHARE;

        List<String> tags = new ArrayList<>();
        if (loyalty) {
            tags.add("loyalty");
        }
        if (isNew) {
            tags.add("new");
        }
        if (family) {
            tags.add("family");
        }
        if (student) {
            tags.add("student");
        }
        if (senior) {
            tags.add("senior");
        }
        return tags;
    }

    private static double[] averages(List<RawData.StoreDemographics> demographics) {
        int columns = RawData.DEMOGRAPHIC_COLUMNS.size();
        double[] sums = new double[columns];
        for (RawData.StoreDemographics store : demographics) {
            for (int c = 0; c < columns; c++) {
                sums[c] += store.values()[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            sums[c] /= demographics.size();
        }
        return sums;
    }
}
