package io.promoplatform.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.PromoPlatformApplication;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.MariaDbCondition;
import io.promoplatform.web.support.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mysql profile on an empty MariaDB database: migrations run, nothing is seeded, demo credentials
 * do not exist, and the first admin comes from the command line with the password on stdin.
 */
@ExtendWith(MariaDbCondition.class)
class MysqlProfileOnMariaDbTest {

    @Test
    void migratesAnEmptyDatabaseSeedsNothingAndTheCliCreatesTheFirstAdmin() {
        String url = TestDatabases.freshMariaDb("profile");
        String[] settings = {"--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabases.MARIADB_USER,
                "--spring.datasource.password=" + TestDatabases.MARIADB_PASSWORD};

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PromoPlatformApplication.class)
                .run(concat(settings, "--server.port=0"))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM product").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key").query(Long.class).single()).isZero();
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(api.get("/api/v1/admin/products").as("admin").send().status()).isEqualTo(401);
            assertThat(api.post("/api/v1/quotes").bearer("demo-storefront-key")
                    .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"X\",\"quantity\":1}]}").send().status())
                    .isEqualTo(401);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = CommandLine.run(concat(new String[] {"admin", "create-user", "--username", "root-admin",
                    "--roles", "ADMIN,AUDITOR"}, settings),
                    new ByteArrayInputStream("a-long-secret-42\n".getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));

            assertThat(exit).isZero();
            assertThat(out.toString()).contains("created user root-admin");
            Api.Reply users = api.get("/api/v1/admin/users").as("root-admin", "a-long-secret-42").send();
            assertThat(users.status()).isEqualTo(200);
            assertThat(users.json().findValuesAsString("username")).containsExactly("root-admin");
            assertThat(api.get("/api/v1/audit/events?entity=user:root-admin").as("root-admin", "a-long-secret-42")
                    .send().json().at("/items/0/actor").asString()).isEqualTo("cli");
        }
    }

    @Test
    void theCliRefusesUnknownRolesAndShortPasswords() {
        String url = TestDatabases.freshMariaDb("cli");
        String[] settings = {"--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabases.MARIADB_USER,
                "--spring.datasource.password=" + TestDatabases.MARIADB_PASSWORD};
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int unknownRole = CommandLine.run(concat(new String[] {"admin", "create-user", "--username", "x1",
                "--roles", "OWNER"}, settings), new ByteArrayInputStream("a-long-secret-42\n".getBytes()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        int shortPassword = CommandLine.run(concat(new String[] {"admin", "create-user", "--username", "x2",
                "--roles", "ADMIN"}, settings), new ByteArrayInputStream("short\n".getBytes()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

        assertThat(unknownRole).isEqualTo(2);
        assertThat(shortPassword).isEqualTo(1);
        assertThat(err.toString()).contains("unknown role 'OWNER'").contains("password must have");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
