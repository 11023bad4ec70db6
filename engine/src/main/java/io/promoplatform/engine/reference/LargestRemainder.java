package io.promoplatform.engine.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over weights in proportion, in whole minor units, so that the parts add up to the
 * amount exactly (PRICING.md step 4). Each part first gets the floor of its exact share; the units left
 * over go one each to the largest remainders, ties to the earlier weight.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param amount  non-negative, at most the sum of the weights, with {@code scale} decimals
     * @param weights non-negative, in tie-break order (the caller passes lines by ascending line number)
     * @return one part per weight, at {@code scale}
     */
    static List<BigDecimal> allocate(BigDecimal amount, List<BigDecimal> weights, int scale) {
        BigInteger units = minorUnits(amount, scale);
        List<BigInteger> unitWeights = weights.stream().map(weight -> minorUnits(weight, scale)).toList();
        BigInteger total = unitWeights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            return weights.stream().map(weight -> BigDecimal.ZERO.setScale(scale)).toList();
        }
        List<BigInteger> parts = new ArrayList<>(weights.size());
        List<BigInteger> remainders = new ArrayList<>(weights.size());
        for (BigInteger weight : unitWeights) {
            BigInteger[] share = units.multiply(weight).divideAndRemainder(total);
            parts.add(share[0]);
            remainders.add(share[1]);
        }
        int leftover = units.subtract(parts.stream().reduce(BigInteger.ZERO, BigInteger::add)).intValueExact();
        IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
                .limit(leftover)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return parts.stream().map(part -> new BigDecimal(part, scale)).toList();
    }

    private static BigInteger minorUnits(BigDecimal value, int scale) {
        return value.setScale(scale).unscaledValue();
    }
}
