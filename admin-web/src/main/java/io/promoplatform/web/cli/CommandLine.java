package io.promoplatform.web.cli;

import io.promoplatform.web.PromoPlatformApplication;
import io.promoplatform.web.security.AccountService;
import io.promoplatform.web.security.Role;
import io.promoplatform.web.system.ValidationProblem;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands. Options are {@code --name value}; settings for Spring ({@code --spring.*},
 * {@code --promo.*}, written with '=') pass through, so the mysql profile works here as when serving.
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
public final class CommandLine {

    private static final String USAGE = """
            usage:
              java -jar promo-platform.jar                                   serve
              java -jar promo-platform.jar admin create-user --username U --roles R1,R2   (password on stdin)
              java -jar promo-platform.jar model train --sales F.csv --stores F.csv --out M [--segments F.csv] [--version V]
              java -jar promo-platform.jar model evaluate [--model M] --sales F.csv --stores F.csv
              java -jar promo-platform.jar plan benchmark --segments 200 --steps 100 --seconds 5 --seed 1
            roles: MARKETER, APPROVER, AUDITOR, ADMIN""";

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs a command with the given standard streams; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                springArgs.add(arg);
            } else {
                words.add(arg);
            }
        }
        if (words.size() >= 2 && words.get(0).equals("admin") && words.get(1).equals("create-user")) {
            return createUser(options(words.subList(2, words.size())), springArgs, in, out, err);
        }
        if (words.size() >= 2 && words.get(0).equals("model") && words.get(1).equals("train")) {
            return ModelCommands.train(options(words.subList(2, words.size())), out, err);
        }
        if (words.size() >= 2 && words.get(0).equals("model") && words.get(1).equals("evaluate")) {
            return ModelCommands.evaluate(options(words.subList(2, words.size())), out, err);
        }
        if (words.size() >= 2 && words.get(0).equals("plan") && words.get(1).equals("benchmark")) {
            return planBenchmark(options(words.subList(2, words.size())), out, err);
        }
        err.println(USAGE);
        return 2;
    }

    static String usage() {
        return USAGE;
    }

    private static Map<String, String> options(List<String> words) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && i + 1 < words.size()) {
                options.put(word.substring(2), words.get(++i));
            } else {
                options.put("?" + word, word);
            }
        }
        return options;
    }

    private static int createUser(Map<String, String> options, List<String> springArgs, InputStream in,
            PrintStream out, PrintStream err) {
        String username = options.get("username");
        String roleList = options.get("roles");
        if (username == null || roleList == null || options.keySet().stream().anyMatch(k -> k.startsWith("?"))) {
            err.println(USAGE);
            return 2;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : roleList.split(",")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("unknown role '" + role + "'; roles are MARKETER, APPROVER, AUDITOR, ADMIN");
                return 2;
            }
        }
        String password;
        try {
            password = readPassword(in);
        } catch (IOException e) {
            err.println("could not read the password from standard input");
            return 1;
        }
        if (password == null) {
            err.println("no password on standard input");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PromoPlatformApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            AccountService accounts = context.getBean(AccountService.class);
            AccountService.AccountView created = accounts.create(username, password, roles, "cli");
            out.println("created user " + created.username() + " with roles " + created.roles());
            return 0;
        } catch (ValidationProblem e) {
            e.errors().forEach(p -> err.println(p.field() + " " + p.message()));
            return 1;
        } catch (io.promoplatform.web.system.ProblemException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Solves a generated separable instance with the product's solver configuration and compares it
     * with the exact greedy optimum; progress first, the contract's JSON line last.
     */
    private static int planBenchmark(Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            int segments = Integer.parseInt(options.getOrDefault("segments", "200"));
            int steps = Integer.parseInt(options.getOrDefault("steps", "100"));
            int seconds = Integer.parseInt(options.getOrDefault("seconds", "5"));
            long seed = Long.parseLong(options.getOrDefault("seed", "1"));
            if (segments < 1 || steps < 1 || seconds < 1 || options.keySet().stream().anyMatch(k -> k.startsWith("?"))) {
                err.println(USAGE);
                return 2;
            }
            out.println(io.promoplatform.planner.PlanBenchmark.run(segments, steps, seconds, seed, out::println)
                    .toJsonLine());
            return 0;
        } catch (NumberFormatException e) {
            err.println("plan benchmark takes whole numbers: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static String readPassword(InputStream stdin) throws IOException {
        Console console = System.console();
        if (console != null && stdin == System.in) {
            char[] typed = console.readPassword("password: ");
            return typed == null ? null : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
