package io.promoplatform.web.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of DATETIME columns, which hold UTC wall-clock time: the one conversion every
 * repository uses, independent of the JVM's and the connection's time zones.
 */
public final class DbTime {

    private DbTime() {
    }

    public static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
