package io.promoplatform.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The databases tests run on. H2 in MySQL mode always; MariaDB (through mysql-connector-j) when it
 * answers at 127.0.0.1:3306, in fresh databases created for this run and dropped after it. On CI
 * (CI=true) MariaDB must answer: its tests then fail instead of being skipped.
 */
public final class TestDatabases {

    public static final String MARIADB_HOST = System.getProperty("promo.test.mariadb-host", "127.0.0.1:3306");
    public static final String MARIADB_USER = System.getProperty("promo.test.mariadb-user", "root");
    public static final String MARIADB_PASSWORD = System.getProperty("promo.test.mariadb-password", "");
    private static final List<String> created = new ArrayList<>();
    private static Boolean available;

    private TestDatabases() {
    }

    public static synchronized boolean mariaDbAvailable() {
        if (available == null) {
            try (Connection c = DriverManager.getConnection(serverUrl(), MARIADB_USER, MARIADB_PASSWORD)) {
                available = c.isValid(2);
            } catch (SQLException e) {
                available = false;
            }
        }
        return available;
    }

    public static boolean requiredByCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Creates an empty database for this run and returns its JDBC URL. */
    public static synchronized String freshMariaDb(String purpose) {
        String name = "promo_it_" + purpose + "_" + ProcessHandle.current().pid() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        try (Connection c = DriverManager.getConnection(serverUrl(), MARIADB_USER, MARIADB_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + MARIADB_HOST + " refused CREATE DATABASE: " + e.getMessage(), e);
        }
        created.add(name);
        return "jdbc:mysql://" + MARIADB_HOST + "/" + name
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useUnicode=true&characterEncoding=utf8";
    }

    static synchronized void dropCreated() {
        if (created.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl(), MARIADB_USER, MARIADB_PASSWORD);
                Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
            created.clear();
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + created + ": " + e.getMessage());
        }
    }

    private static String serverUrl() {
        return "jdbc:mysql://" + MARIADB_HOST + "/?connectTimeout=2000&socketTimeout=10000";
    }
}
