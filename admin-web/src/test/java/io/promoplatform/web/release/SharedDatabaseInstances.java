package io.promoplatform.web.release;

import io.promoplatform.web.PromoPlatformApplication;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole instances of the platform started on one MariaDB database, for the scale-out tests. */
final class SharedDatabaseInstances {

    private SharedDatabaseInstances() {
    }

    /** An instance on {@code url} with a random port; {@code demo}: it creates the demo accounts and key. */
    static ConfigurableApplicationContext start(String url, boolean demo) {
        return new SpringApplicationBuilder(PromoPlatformApplication.class).run("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabases.MARIADB_USER,
                "--spring.datasource.password=" + TestDatabases.MARIADB_PASSWORD, "--server.port=0",
                "--promo.demo=" + demo, "--promo.samples.rules=false");
    }

    static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
