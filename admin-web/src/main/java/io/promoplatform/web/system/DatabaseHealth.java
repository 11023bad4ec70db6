package io.promoplatform.web.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.SimpleHttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health as a load balancer should read it. Quotes are priced from memory and written behind, so an
 * unreachable database, or quotes waiting to be written, make the instance {@code DEGRADED} (HTTP 200:
 * it still serves quotes; accepting answers 503) rather than {@code DOWN} (which would take a working
 * pricer out of rotation). Replaces Spring Boot's {@code db} indicator (same name). The endpoint stays
 * anonymous and shows the status only ({@code show-details: never}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealth {

    static final Status DEGRADED = new Status("DEGRADED");

    /** Above this many quotes waiting to be written, the writer is behind: degraded. */
    static final int BACKLOG_LIMIT = 10_000;

    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, Backlog writer) {
        return () -> {
            boolean answers;
            try (Connection connection = dataSource.getConnection()) {
                answers = connection.isValid(1);
            } catch (SQLException e) {
                answers = false;
            }
            boolean behind = writer.pending() > BACKLOG_LIMIT;
            return (answers && writer.databaseReachable() && !behind ? Health.up() : Health.status(DEGRADED))
                    .withDetail("database", answers ? "reachable" : "unreachable")
                    .withDetail("quotesWaiting", writer.pending()).build();
        };
    }

    @Bean
    StatusAggregator healthStatusAggregator() {
        return new SimpleStatusAggregator(Status.DOWN, Status.OUT_OF_SERVICE, DEGRADED, Status.UP, Status.UNKNOWN);
    }

    @Bean
    HttpCodeStatusMapper healthHttpCodeStatusMapper() {
        return new SimpleHttpCodeStatusMapper(java.util.Map.of(Status.DOWN.getCode(), 503,
                Status.OUT_OF_SERVICE.getCode(), 503, DEGRADED.getCode(), 200));
    }
}
