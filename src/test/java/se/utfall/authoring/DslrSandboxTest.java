package se.utfall.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import se.utfall.facts.ClauseTerms;
import se.utfall.facts.SettlementYear;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * A .dslr is a contract's own clause in sentences, and a contract folder carries no code: nothing a
 * contract writes may reach the rule code except as a checked value in a typed slot. Each attack
 * here is first shown to work through Drools' own DSL expansion (the code is in the DRL, compiles,
 * and runs), then shown refused by Utfall's expander at the line it was written on.
 */
class DslrSandboxTest {
    private static final Path FILE = Path.of("contracts/x/klausul.dslr");
    private static final DslrExpander.Context CONTEXT = new DslrExpander.Context("utfall.contract.x",
            Set.of("nojdhet"), Set.of("§5.2", "§5.4"), Set.of("socialstyrelsen", "Socialstyrelsen"), Path.of("rules/dsl"));

    /** Two sentences of utfall-sv.dsl as they were before their slots had types. */
    private static final String UNTYPED_VOCABULARY = """
            [keyword](?m)^\\s*regel=rule
            [keyword](?m)^\\s*när(?![^\\n])=when
            [keyword](?m)^\\s*så(?![^\\n])=then
            [keyword](?m)^\\s*slut(?![^\\n])=end
            [condition][](?m)^\\s*[Ff]ör varje år som avräknas enligt {klausul}(?![^\\n])=SettlementYear( $year : year ) $t : ClauseTerms( clause == "{klausul}" )
            [consequence][](?m)^\\s*året kan inte avräknas enligt {klausul} eftersom {skäl}(?![^\\n])=insert( $t.insufficientData( $year, "", "Kan inte avräknas enligt {klausul}: {skäl} (" + $year + ")." ) );
            """;

    @TempDir
    Path tmp;

    private static String clause(String reason) {
        return """
                expander utfall-sv.dsl

                regel "Utan uppgift kan året inte avräknas"
                    i fasen ersättning
                när
                    För varje år som avräknas enligt §5.2
                så
                    året kan inte avräknas enligt §5.2 eftersom %s
                slut
                """.formatted(reason);
    }

    private static final int REASON_LINE = 8;

    private static List<String> refused(String dslr) {
        BadInput e = assertThrows(BadInput.class, () -> DslrExpander.expand(FILE, dslr, CONTEXT));
        return e.problems().stream().map(Problem::render).toList();
    }

    private static String at(int line) {
        return "contracts/x/klausul.dslr:" + line + ": ";
    }

    // ---- free text cannot leave its string literal ------------------------------------------------------

    @Test
    void aReasonWithAQuoteBrokeOutOfItsLiteralInDroolsExpansionAndRanCode() throws Exception {
        Path canary = tmp.resolve("canary");
        String attack = "x\" + Runtime.getRuntime().exec(\"touch " + canary + "\") + \"";
        String drl = droolsExpansion(clauseForDrools(attack));
        String consequence = drl.lines().filter(l -> l.contains("insufficientData")).findFirst().orElseThrow();
        assertFalse(Vocabulary.insideQuotes(consequence, consequence.indexOf("Runtime")),
                "the injected call stands outside the string literal:\n" + consequence);
        fire(drl);
        assertTrue(Files.exists(canary), "the reason's code ran when the rule fired");

        assertEquals(List.of(at(REASON_LINE) + "the words in {skäl} cannot contain \" (a quotation mark would end the"
                + " quoted reason); write it without that."), refused(clause(attack)));
    }

    @Test
    void aReasonWithAUnicodeEscapedQuoteBrokeOutWhenJavaCompiledTheConsequence() throws Exception {
        Path canary = tmp.resolve("canary");
        // No quotation mark in the words at all: the Java compiler turns \u0022 into one before it reads the code.
        String attack = "x\\u0022 + Runtime.getRuntime().exec(\\u0022touch " + canary + "\\u0022) + \\u0022";
        String drl = droolsExpansion(clauseForDrools(attack));
        assertTrue(drl.contains("x\\u0022 + Runtime.getRuntime()"), drl);
        fire(drl);
        assertTrue(Files.exists(canary), "the escaped quote ended the literal in the compiled consequence");

        List<String> problems = refused(clause(attack));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(at(REASON_LINE) + "the words in {skäl} cannot contain \\ (a backslash"),
                problems.get(0));
    }

    @Test
    void theBriefsExampleReasonIsRefusedAtItsLine() {
        String dslr = """
                expander utfall-sv.dsl
                regel "Bonus"
                    i fasen ersättning
                när
                    För varje år som avräknas enligt §5.4
                    Om nojdhet för en enhet i år är minst 90 procent
                så
                    betala 1 kr för enheten enligt §5.4 eftersom "); System.exit(1); ("
                slut
                """;
        List<String> problems = refused(dslr);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(at(8) + "the words in {skäl} cannot contain \""), problems.get(0));
    }

    @Test
    void everyWayOutOfAQuotedReasonIsRefused() {
        String[][] attacks = {
            {"a \\u0041 b", "\\"},
            {"a $t.pay(1) b", "$"},
            {"a {klausul} b", "{"},
            {"a } b", "}"},
            {"a */ b", "*/"},
            {"a /* b", "/*"},
            {"a // b", "//"},
        };
        for (String[] attack : attacks) {
            List<String> problems = refused(clause(attack[0]));
            assertEquals(List.of(at(REASON_LINE) + "the words in {skäl} cannot contain " + attack[1]),
                    problems.stream().map(p -> p.substring(0, p.indexOf(" (") < 0 ? p.length() : p.indexOf(" ("))).toList(),
                    attack[0]);
        }
    }

    @Test
    void invisibleCharactersAreRefusedWhereverTheyStand() {
        for (String c : new String[] {"\u0000", "\u001b", "\u2028", "\u202e", "\u0085"}) {
            List<String> problems = refused(clause("a" + c + "b"));
            assertTrue(problems.get(0).startsWith(at(REASON_LINE) + "this line contains the invisible character U+"),
                    problems.toString());
        }
        List<String> inComment = refused("// \u202e gömd\n" + clause("skäl"));
        assertTrue(inComment.get(0).startsWith(at(1) + "this line contains the invisible character U+202E"), inComment.toString());
    }

    @Test
    void aSafeReasonIsQuotedAsWrittenAndCommentsAreNotHandedOn() {
        String dslr = clause("revisorns uppgift saknas: 50 % av nöjda enheter")
                .replace("så\n", "så\n    // \\u000a System.exit(1);\n");
        DslrExpander.Expansion e = DslrExpander.expand(FILE, dslr, CONTEXT);
        assertEquals("", e.drl().get(REASON_LINE - 1).strip(), "a comment in the consequence reaches no compiler");
        assertTrue(e.drl().get(REASON_LINE).contains("\"Kan inte avräknas enligt §5.2: revisorns uppgift saknas: 50 % av"
                + " nöjda enheter (\" + $year + \").\""), e.drl().get(REASON_LINE));
    }

    @Test
    void aHugeFigureOrLineIsRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertTrue(refused(threshold("9".repeat(900) + "x")).get(0).startsWith(at(6) + "'999"));
            assertTrue(refused(clause("a".repeat(2000))).get(0).startsWith(at(REASON_LINE) + "this line is 2"));
            String perUnit = "betala 1 kr per " + "x för enheten enligt ".repeat(40) + "eftersom " + "y eftersom ".repeat(40);
            refused(clause("skäl").replace("året kan inte avräknas enligt §5.2 eftersom skäl", perUnit));
        });
    }

    // ---- numbers, identifiers and parties --------------------------------------------------------------------

    private static String threshold(String limit) {
        return """
                expander utfall-sv.dsl
                regel "Bonus"
                    i fasen ersättning
                när
                    För varje år som avräknas enligt §5.4
                    Om nojdhet för en enhet i år är minst %s procent
                så
                    betala 50 000 kr för enheten enligt §5.4 eftersom nivån nås
                slut
                """.formatted(limit);
    }

    @Test
    void aNumberIsANumberAsTheContractWritesIt() {
        assertTrue(DslrExpander.expand(FILE, threshold("90,5"), CONTEXT).drl().get(5)
                .contains("value >= new BigDecimal( \"90.5\" )"));
        assertTrue(DslrExpander.expand(FILE, threshold("1 000"), CONTEXT).drl().get(5)
                .contains("value >= new BigDecimal( \"1000\" )"));
        assertEquals(List.of(at(6) + "'9e1' is not a number; write it like 50 000 or 90,5."), refused(threshold("9e1")));
        assertEquals(List.of(at(6) + "'90 00' is not a number; write it like 50 000 or 90,5."), refused(threshold("90 00")));
        assertTrue(refused(threshold("1234567890123")).get(0).startsWith(at(6) + "'1234567890123' has more digits"));
        assertTrue(refused(threshold("90,1234567")).get(0).startsWith(at(6) + "'90,1234567' has more digits"));
        assertEquals(List.of(at(6) + "'50,000' can be read both as 50 and as 50 000; write 50 000 for thousands,"
                + " or 50 for the decimal."), refused(threshold("50,000")));
    }

    @Test
    void anAmountHasAtMostTwoDecimalsAndACountIsWhole() {
        String amount = threshold("90").replace("betala 50 000 kr", "betala 1 250,505 kr");
        assertEquals(List.of(at(8) + "'1 250,505' has more decimals than an amount in kronor; write at most two, like"
                + " 1 250,50."), refused(amount));
        String count = threshold("90").replace("    Om nojdhet för en enhet i år är minst 90 procent\n",
                "    Om nojdhet för en enhet i år är minst 90 procent\n    och nojdhet för enheten i år har minst 30,5 svarande\n");
        assertEquals(List.of(at(7) + "'30,5' is not a whole number; write it like 30."), refused(count));
    }

    @Test
    void anIdentifierMustBeOfTheContractAndLookLikeOne() {
        DslrExpander.Context odd = new DslrExpander.Context("utfall.contract.x", Set.of("nojdhet"),
                Set.of("§5.4", "§5.4\")"), Set.of("socialstyrelsen"), Path.of("rules/dsl"));
        String dslr = threshold("90").replace("enligt §5.4\n", "enligt §5.4\")\n");
        BadInput e = assertThrows(BadInput.class, () -> DslrExpander.expand(FILE, dslr, odd));
        assertTrue(e.problems().get(0).render().startsWith(at(5) + "'§5.4\")' is not a clause of the contract."),
                e.problems().toString());
    }

    private static String verified(String party) {
        return """
                expander utfall-sv.dsl
                regel "Obekräftat hålls inne"
                    i fasen skydd
                när
                    För varje år som avräknas enligt §5.4
                    Om ett belopp betalas ut enligt §5.4 för en enhet i år
                    och nojdhet för enheten i år är inte verifierat av %s
                så
                    innehåll beloppet enligt §5.4 tills uppgiften är verifierad
                slut
                """.formatted(party);
    }

    @Test
    void aPartyIsAPartyOfTheContract() {
        assertTrue(DslrExpander.expand(FILE, verified("Socialstyrelsen"), CONTEXT).drl().get(6)
                .contains("verifiedBy == \"Socialstyrelsen\""));
        assertTrue(refused(verified("Revisorn")).get(0).startsWith(at(7) + "'Revisorn' is not a party of the contract"));
        assertTrue(refused(verified("Socialstyrelsen\" || true || \"")).get(0).startsWith(at(7) + "'Socialstyrelsen\""));
    }

    // ---- nothing but sentences ----------------------------------------------------------------------------------

    @Test
    void droolsPassesLinesNoSentenceMatchesOnAsCodeAndUtfallRefusesThem() throws Exception {
        String function = "function String f() { return \"x\"; }\n";
        assertTrue(droolsExpansion(function + clauseForDrools("skäl")).contains(function.strip()),
                "Drools' expander hands an unmatched top-level line on unchanged");
        assertTrue(refused(clause("skäl").replace("\nregel", "\n" + function + "regel")).get(0)
                .startsWith(at(3) + "outside a rule only comments (//) and blank lines may stand"));
        assertTrue(refused(clause("skäl").replace("avräknas\"", "avräknas\" salience ( 10 )")).get(0)
                .startsWith(at(3) + "a rule's first line is its name in quotation marks and nothing more"));
        assertTrue(refused(clause("skäl").replace("    i fasen ersättning\n", "    i fasen ersättning\n    no-loop\n"))
                .get(0).startsWith(at(5) + "between a rule's name and \"när\" only its phase stands"));
        assertTrue(refused(clause("skäl").replace("så\n", "    - eval( true )\nså\n")).get(0)
                .startsWith(at(7) + "\"- eval( true )\" is not a sentence the vocabulary knows"));
        assertTrue(refused(clause("skäl").replace("så\n", "så\n    > System.exit( 1 );\n")).get(0)
                .startsWith(at(8) + "a line starting with '>'"));
        assertTrue(refused(clause("skäl").replace("slut\n", "")).get(0).startsWith("contracts/x/klausul.dslr:"));
    }

    @Test
    void aMistakeInTheFrameGivesOneMessage() {
        assertEquals(List.of(at(3) + "a rule's first line is its name in quotation marks and nothing more (regel \"...\""
                + " or rule \"...\"); write its phase on the next line."),
                refused(clause("skäl").replace("avräknas\"", "avräknas\" no-loop")));
        assertEquals(List.of(at(6) + "a comment (//) stands on a line of its own; move \"// se bilaga\" to the line above."),
                refused(clause("skäl").replace("enligt §5.2\n", "enligt §5.2 // se bilaga\n")));
    }

    // ---- the vocabulary is the library's -------------------------------------------------------------------------

    @Test
    void aVocabularyOutsideTheLibraryRanItsCodeAndIsNowRefused() throws Exception {
        Path canary = tmp.resolve("canary");
        Path outside = tmp.resolve("elsewhere/x.dsl");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, """
                [keyword](?m)^\\s*regel=rule
                [keyword](?m)^\\s*när(?![^\\n])=when
                [keyword](?m)^\\s*så(?![^\\n])=then
                [keyword](?m)^\\s*slut(?![^\\n])=end
                [condition][](?m)^\\s*alltid(?![^\\n])=eval( true )
                [consequence][](?m)^\\s*kontrollera(?![^\\n])=Runtime.getRuntime().exec( "touch %s" );
                """.formatted(canary), StandardCharsets.UTF_8);
        Path library = tmp.resolve("library/dsl");
        Files.createDirectories(library);
        Files.copy(Path.of("rules/dsl/utfall-sv.dsl"), library.resolve("utfall-sv.dsl"));
        String relative = library.relativize(outside).toString();  // ../../elsewhere/x.dsl
        assertTrue(relative.startsWith("../"), relative);

        // What the expander did before: resolve the name in the dsl folder, which a path leaves.
        Path resolved = library.resolve(relative);
        assertTrue(Files.isRegularFile(resolved));
        String rule = "expander " + relative + "\nregel \"Kontroll\"\nnär\n    alltid\nså\n    kontrollera\nslut\n";
        fire(new DrlParser().getExpandedDRL("package x;\n" + rule.substring(rule.indexOf('\n') + 1),
                new StringReader(Files.readString(resolved, StandardCharsets.UTF_8))));
        assertTrue(Files.exists(canary), "the outside vocabulary's sentence ran its code");

        DslrExpander.Context context = new DslrExpander.Context("utfall.contract.x", Set.of("nojdhet"), Set.of("§5.4"),
                Set.of(), library);
        Path symlink = library.resolve("lank.dsl");
        Files.createSymbolicLink(symlink, outside);
        for (String name : new String[] {relative, outside.toString(), "elsewhere/x.dsl", "lank.dsl", "saknas.dsl",
                "utfall-sv.dsl/../utfall-sv.dsl"}) {
            BadInput e = assertThrows(BadInput.class,
                    () -> DslrExpander.expand(FILE, rule.replace(relative, name), context), name);
            String message = e.problems().get(0).render();
            assertTrue(message.startsWith(at(1) + "no vocabulary '" + name + "' in "), message);
            assertTrue(message.contains("by its file name alone: lank.dsl, utfall-sv.dsl."), message);
        }
        assertEquals(List.of(library.resolve("utfall-sv.dsl")),
                DslrExpander.vocabularyFile(library, "utfall-sv.dsl").stream().toList());
    }

    // ---- a vocabulary types every slot --------------------------------------------------------------------------

    private List<String> vocabularyProblems(String line) throws Exception {
        Path dsl = tmp.resolve("v" + Math.abs(line.hashCode()) + ".dsl");
        Files.writeString(dsl, "# ordlista\n" + line + "\n", StandardCharsets.UTF_8);
        BadInput e = assertThrows(BadInput.class, () -> Vocabulary.load(dsl));
        return e.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aSlotWithoutAKnownTypeIsAnErrorInTheVocabularyAtItsLine() throws Exception {
        assertTrue(vocabularyProblems("[consequence][]betala {belopp} kr=x( \"{belopp}\" );").get(0)
                .startsWith("2: the slot {belopp} has no type; write {belopp:TYPE} with TYPE one of number (tal)"));
        assertTrue(vocabularyProblems("[consequence][]betala {belopp:[0-9]+} kr=x( \"{belopp}\" );").get(0)
                .startsWith("2: '[0-9]+' in {belopp:[0-9]+} is not a slot type"));
        assertTrue(vocabularyProblems("[consequence][]betala {belopp:belopp} kr=x( \"{summa}\" );").get(0)
                .startsWith("2: the DRL uses {summa}, which is not a slot of the sentence"));
        assertTrue(vocabularyProblems("[consequence][]notera {skäl:text}=System.out.println( {skäl} );").get(0)
                .startsWith("2: the text slot {skäl} stands outside a quoted string in the DRL"));
    }

    @Test
    void theLibrarysVocabulariesTypeEverySlot() {
        for (String name : new String[] {"utfall-sv.dsl", "utfall-en.dsl"}) {
            Vocabulary v = Vocabulary.load(Path.of("rules/dsl", name));
            assertTrue(v.sentences().stream().allMatch(s -> s.pattern() != null), name);
            assertTrue(v.sentences().stream().anyMatch(s -> s.slots().stream().anyMatch(x -> x.type() == SlotType.TEXT)));
        }
    }

    // ---- plain Drools, without Utfall's expander ----------------------------------------------------------------

    private static String clauseForDrools(String reason) {
        return "package attacks;\nimport se.utfall.facts.SettlementYear;\nimport se.utfall.facts.ClauseTerms;\n"
                + clause(reason).replace("expander utfall-sv.dsl\n", "").replace("    i fasen ersättning\n", "");
    }

    private static String droolsExpansion(String dslr) throws Exception {
        return new DrlParser().getExpandedDRL(dslr, new StringReader(UNTYPED_VOCABULARY));
    }

    /** Builds the DRL with Drools' classic build and fires it on one settlement year of §5.2. */
    private static void fire(String drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        fs.write(ks.getResources().newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setResourceType(ResourceType.DRL).setSourcePath("src/main/resources/attacks/dslr.drl"));
        ReleaseId id = ks.newReleaseId("se.utfall.attacks", "dslr-" + Integer.toHexString(drl.hashCode()), "1.0.0");
        fs.generateAndWritePomXML(id);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        try {
            assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .map(Message::getText).toList(), drl);
            KieSession session = ks.newKieContainer(id).newKieSession();
            try {
                ClauseTerms terms = new ClauseTerms();
                terms.init("§5.2", "t", 1, "kommunen", "utforaren", 0, RoundingMode.HALF_UP);
                session.insert(new SettlementYear(2026, 2025, 2028));
                session.insert(terms);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
        } finally {
            ks.getRepository().removeKieModule(id);
        }
        try {
            Thread.sleep(300);  // exec runs touch in a process of its own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
