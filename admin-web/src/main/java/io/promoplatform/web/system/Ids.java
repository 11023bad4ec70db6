package io.promoplatform.web.system;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Time-ordered, unguessable ids (48 bits of milliseconds then 80 random bits, Crockford base32), so
 * stored quotes cluster by time in the primary key and cannot be enumerated by a storefront.
 */
@Component
public class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /**
     * One DRBG per thread: a shared SecureRandom (NativePRNG) serialises every caller on one lock, which
     * under quote load was the busiest monitor in the process.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::newRandom);
    private final Clock clock;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public String next(String prefix) {
        long millis = clock.millis();
        byte[] entropy = new byte[10];
        RANDOM.get().nextBytes(entropy);
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (entropy[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (entropy[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return prefix + new String(out);
    }
}
