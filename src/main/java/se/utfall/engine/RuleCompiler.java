package se.utfall.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import se.utfall.engine.budget.Budget;
import se.utfall.engine.budget.Supervised;
import se.utfall.engine.cache.CachedBuild;
import se.utfall.engine.cache.RulesDiskCache;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;
import se.utfall.problem.Problems;

/**
 * Compiles rule sets with Drools' classic build (it locates errors best), once per distinct set of
 * sources. Build errors come back as {@code file:line: message} for the file a person edits.
 */
public final class RuleCompiler {
    private static final String ROOT = "src/main/resources/utfall/";
    private static final Pattern SOURCE_INDEX = Pattern.compile("utfall/s(\\d+)\\.drl");
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private static final Map<String, CompiledRules> CACHE = new ConcurrentHashMap<>();
    private static volatile RulesDiskCache diskCache;

    private RuleCompiler() {
    }

    public static CompiledRules compile(RuleSet ruleSet) {
        return CACHE.computeIfAbsent(ruleSet.hash(), h -> budgeted(ruleSet, diskCache));
    }

    /** Drops a rule set whose settlement was stopped half-way, so the next use builds it afresh. */
    static void forget(CompiledRules rules) {
        CACHE.remove(rules.ruleSet().hash(), rules);
    }

    /**
     * Keeps compiled rule sets on disk between runs (see {@link RulesDiskCache}); null keeps them in
     * memory only. The command line turns it on; tests and library use leave it off unless asked.
     */
    public static void useDiskCache(RulesDiskCache cache) {
        diskCache = cache;
    }

    /** Compiles without the in-memory cache, using the given disk cache (or none when null). */
    public static CompiledRules compile(RuleSet ruleSet, RulesDiskCache cache) {
        return budgeted(ruleSet, cache);
    }

    /**
     * Drools evaluates code while it builds (MVEL in declarations and constraints it folds), so a build
     * is bounded like a settlement; a stopped build is not cached.
     */
    private static CompiledRules budgeted(RuleSet ruleSet, RulesDiskCache cache) {
        return Supervised.run("compiling rules", Budget.compile(), () -> build(ruleSet, cache), stop -> {
            // Which file was being read is not known here; name the rule files a person wrote.
            List<String> files = new ArrayList<>();
            for (int i = 0; i < ruleSet.sources().size(); i++) {
                if (!ruleSet.sources().get(i).generated()) {
                    files.add(ruleSet.display(i));
                }
            }
            String what = switch (stop.reason()) {
                case TIME -> "it ran past its time budget of " + Budget.shown(stop.budget())
                        + "; look for code that Drools runs while building (metadata, declarations)";
                case MEMORY -> "it exhausted memory" + (stop.error() == null ? "" : " (" + stop.error() + ")")
                        + "; look for code that Drools runs while building (metadata, declarations)";
                case STACK -> "it ran out of stack (StackOverflowError); look for an expression nested too deeply";
            };
            return new BadInput(List.of(new Problem(files.isEmpty() ? "(rules)" : files.get(0), 0,
                    "checking and compiling the rule files stopped, " + what + " in "
                            + String.join(", ", files.subList(0, Math.min(files.size(), 5)))
                            + (files.size() > 5 ? " and " + (files.size() - 5) + " more" : "") + ".")));
        });
    }

    private static CompiledRules build(RuleSet ruleSet, RulesDiskCache cache) {
        // A cached rule set compiled cleanly before, from these very texts (the hash says so).
        KieBase kieBase = cache == null ? null : CachedBuild.load(ruleSet, cache).orElse(null);
        if (kieBase == null) {
            se.utfall.rulecheck.RuleChecker.prepareInBackground();
            // before any parser: 20 000 nested brackets overflow DrlParser's stack
            se.utfall.rulecheck.RuleChecker.checkSize(ruleSet);
            // Only sources that pass the allow-list are ever compiled, so a cache hit needs no check.
            se.utfall.rulecheck.RuleChecker.check(ruleSet, checkSyntax(ruleSet));
            kieBase = cache == null ? classicBuild(ruleSet)
                    : CachedBuild.buildAndStore(ruleSet, cache, () -> classicBuild(ruleSet));
        }
        Map<String, CompiledRules.RuleLocation> locations = locateRules(ruleSet);
        checkPhases(kieBase, locations);
        return new CompiledRules(kieBase, ruleSet, locations);
    }

    private static KieBase classicBuild(RuleSet ruleSet) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        List<RuleSource> sources = ruleSet.sources();
        for (int i = 0; i < sources.size(); i++) {
            fs.write(ks.getResources().newByteArrayResource(
                    sources.get(i).text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .setResourceType(ResourceType.DRL).setSourcePath(ROOT + "s" + i + ".drl"));
        }
        ReleaseId releaseId = ks.newReleaseId("se.utfall.rules", "set-" + ruleSet.hash().substring(0, 16), "1.0.0");
        fs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Problems problems = new Problems();
            for (Message m : errors) {
                problems.add(toProblem(ruleSet, m));
            }
            problems.throwIfAny();
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * Parses each file on its own first: one syntax error would otherwise make the full build report
     * errors in every other file too, and a person would have to guess which one is real.
     * Returns what each file parsed to, for the rule checker.
     */
    private static List<org.drools.drl.ast.descr.PackageDescr> checkSyntax(RuleSet ruleSet) {
        Problems problems = new Problems();
        List<org.drools.drl.ast.descr.PackageDescr> parsed = new ArrayList<>();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            RuleSource source = ruleSet.sources().get(i);
            DrlParser parser = new DrlParser();
            try {
                parsed.add(parser.parse(false, source.text()));
            } catch (DroolsParserException | StackOverflowError e) {
                problems.add(new Problem(ruleSet.display(i), 0, "cannot be parsed: " + (e instanceof StackOverflowError
                        ? "it is nested too deeply" : e.getMessage())));
                continue;
            }
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError pe ? pe.getRow()
                        : error.getLines().length > 0 ? error.getLines()[0] : 0;
                String text = error.getMessage().replaceAll("^\\[ERR \\d+] Line \\d+:\\d+ ", "").strip();
                SourceLines.Where at = source.lines().at(line);
                problems.add(new Problem(ruleSet.display(i), at.line(), at.prefix() + text
                        + " (look for a missing bracket, comma or 'end' on this line or the one before)"));
            }
        }
        problems.throwIfAny();
        return parsed;
    }

    private static Problem toProblem(RuleSet ruleSet, Message m) {
        String text = m.getText().replaceAll("\\s+", " ").strip();
        Matcher idx = SOURCE_INDEX.matcher(m.getPath() == null ? "" : m.getPath());
        if (!idx.find()) {
            return new Problem("(rules)", 0, text);
        }
        int i = Integer.parseInt(idx.group(1));
        RuleSource source = ruleSet.sources().get(i);
        if (source.generated()) {
            return new Problem(ruleSet.display(i), 0, "the parameters generate an invalid terms type: " + text);
        }
        // Drools puts the file's internal name into some texts; say the user's file instead.
        text = text.replaceAll("\\S*utfall/s\\d+\\.drl", ruleSet.display(i));
        SourceLines.Where at = source.lines().at(Math.max(m.getLine(), 0));
        return new Problem(ruleSet.display(i), at.line(), at.prefix() + text);
    }

    private static Map<String, CompiledRules.RuleLocation> locateRules(RuleSet ruleSet) {
        Map<String, CompiledRules.RuleLocation> locations = new HashMap<>();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            String text = ruleSet.sources().get(i).text();
            Matcher pkg = PACKAGE.matcher(text);
            String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
            Matcher rule = RULE_HEADER.matcher(text);
            while (rule.find()) {
                int line = 1 + (int) text.substring(0, rule.start(1)).chars().filter(c -> c == '\n').count();
                locations.put(packageName + "/" + rule.group(1),
                        new CompiledRules.RuleLocation(ruleSet.display(i), ruleSet.sources().get(i).lines().at(line).line()));
            }
        }
        return locations;
    }

    /** A rule outside the known phases would never run: say so instead of silently ignoring it. */
    private static void checkPhases(KieBase kieBase, Map<String, CompiledRules.RuleLocation> locations) {
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String group = ((RuleImpl) rule).getAgendaGroup();
                if (Phase.of(group) == null) {
                    CompiledRules.RuleLocation at = locations.getOrDefault(pkg.getName() + "/" + rule.getName(),
                            new CompiledRules.RuleLocation("(rules)", 0));
                    problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" is in no phase"
                            + ("MAIN".equals(group) ? "" : " ('" + group + "' is not one)")
                            + "; add agenda-group \"entitle\" (or one of " + String.join(", ", Phase.names()) + ")."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
    }
}
