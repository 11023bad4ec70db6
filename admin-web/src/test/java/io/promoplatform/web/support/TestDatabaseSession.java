package io.promoplatform.web.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Once per test run: makes the fresh MariaDB database the {@link OnMariaDb} tests share, published as
 * the system property {@code promo.test.mariadb-url}, and drops every test database at the end.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestDatabases.mariaDbAvailable()) {
            System.setProperty("promo.test.mariadb-url", TestDatabases.freshMariaDb("shared"));
        } else {
            System.setProperty("promo.test.mariadb-url", "jdbc:mysql://unavailable/none");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabases.dropCreated();
    }
}
