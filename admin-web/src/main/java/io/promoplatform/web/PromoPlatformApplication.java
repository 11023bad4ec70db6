package io.promoplatform.web;

import io.promoplatform.web.cli.CommandLine;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, two faces: with no command it serves the product; with {@code admin ...}, {@code model ...}
 * or {@code plan ...} it runs that command and exits (see {@link CommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PromoPlatformApplication {

    public static void main(String[] args) {
        // The database holds UTC wall-clock times; the JVM zone must not shift them.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // Embedded H2 looks every string it stores up in a cache of small values, hashing it first: every
        // stored quote's JSON documents (~10 KB) were hashed for nothing, 2% of the CPU under load.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(PromoPlatformApplication.class, args);
    }
}
