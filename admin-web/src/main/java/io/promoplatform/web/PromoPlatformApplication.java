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
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(PromoPlatformApplication.class, args);
    }
}
