package se.utfall.rulecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import se.utfall.engine.RuleSet;
import se.utfall.engine.RuleSource;
import se.utfall.engine.SourceLines;
import se.utfall.library.ClauseFamily;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * Refuses rule files that could do harm before Drools compiles them. Drools has no sandbox: a
 * rule can call System.exit or read files from a condition. So every rule file passes a
 * fail-closed allow-list built on Drools' own parsers: only the project's fact types, a safe set
 * of BigDecimal, text, number and collection operations, the engine's insert/update, and functions
 * of the clause library. A rejection names the file, the line and the construct.
 */
public final class RuleChecker {
    /**
     * Raised whenever what the checker allows changes. It is part of the compiled-rules cache key
     * (EngineFingerprint, together with the bytes of this package's classes), and a cache hit
     * skips the check: an entry compiled under an older checker must never be loaded.
     */
    public static final String VERSION = "2";

    /** Java reads \\uXXXX everywhere, even in comments and strings: one could hide code from any parser. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    /** A DSL line starting with '>' is passed to Drools unexpanded: raw code in a readable file. */
    private static final Pattern RAW_DSL_LINE = Pattern.compile("(?m)^[ \\t]*>.*$");

    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private RuleChecker() {
    }

    /**
     * Loads the Java parser on another core while the caller parses the rule files with DrlParser:
     * loading it is most of what the check costs in a fresh JVM, and nothing else needs that core
     * then. Harmless to call more than once, or without checking afterwards.
     */
    public static void prepareInBackground() {
        if (PREPARED.compareAndSet(false, true)) {
            Thread loader = new Thread(Snippets::warmUp, "rule-check-warm-up");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * Refuses a rule set whose files nest too deeply or are too long for the parsers (see
     * {@link Nesting}); call before anything parses them.
     */
    public static void checkSize(RuleSet ruleSet) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            Findings findings = new Findings();
            Nesting.tooDeep(new RuleFile(ruleSet.display(i), ruleSet.sources().get(i).text(), true), findings);
            for (Problem p : findings.all()) {
                SourceLines.Where at = ruleSet.sources().get(i).lines().at(p.line());
                problems.add(new Problem(p.file(), at.line(), at.prefix() + p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
    }

    /**
     * Whether a declared field may not have this name (a family parameter becomes one): its
     * accessor would be a member of Class, ClassLoader or another reflective type, or a member the
     * checker refuses by name.
     */
    public static boolean isReservedFieldName(String name) {
        return AllowList.isReservedField(name);
    }

    /** Whether a declared type of this simple name would stand for a real class (String, Line...). */
    public static boolean isRealClassName(String simpleName) {
        return AllowList.shadows(simpleName);
    }

    /** The real class a simple name stands for, or null. */
    public static String realClassName(String simpleName) {
        return AllowList.shadowed(simpleName);
    }

    /** Checks every source of a rule set; throws BadInput naming each construct refused. */
    public static void check(RuleSet ruleSet) {
        check(ruleSet, null);
    }

    /**
     * As {@link #check(RuleSet)}, reusing what DrlParser already made of each source (in the
     * order of {@code ruleSet.sources()}), so the check costs no second parse.
     */
    public static void check(RuleSet ruleSet, List<PackageDescr> parsed) {
        List<RuleFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            RuleSource s = ruleSet.sources().get(i);
            files.add(new RuleFile(ruleSet.display(i), s.text(), s.generated() || isLibrary(s.origin(), ruleSet)));
            if (s.origin().getFileName().toString().endsWith(".dslr") && Files.isRegularFile(s.origin())) {
                problems.addAll(rawDslLines(ruleSet.display(i), read(s.origin())));
            }
        }
        // A .dslr's or a spreadsheet's DRL is not what a person wrote: name the line, or the sheet, row and column, they wrote.
        Map<String, SourceLines> written = new HashMap<>();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            written.put(ruleSet.display(i), ruleSet.sources().get(i).lines());
        }
        for (Problem p : problems(files, parsed)) {
            SourceLines.Where at = written.getOrDefault(p.file(), SourceLines.SAME).at(p.line());
            problems.add(new Problem(p.file(), at.line(), at.prefix() + p.message()));
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
    }

    /** A family's own rule files, not the contracts its tests and examples bring along. */
    private static boolean isLibrary(Path origin, RuleSet ruleSet) {
        Path file = origin.toAbsolutePath().normalize();
        for (ClauseFamily family : ruleSet.families().values()) {
            Path folder = family.folder().toAbsolutePath().normalize();
            if (file.startsWith(folder) && !file.startsWith(folder.resolve("tests"))
                    && !file.startsWith(folder.resolve("example"))) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Raw '>' lines of a .dslr file as written (the expanded DRL no longer shows them). */
    public static List<Problem> rawDslLines(String display, String dslrText) {
        List<Problem> found = new ArrayList<>();
        SourceText source = new SourceText(dslrText);
        Matcher m = RAW_DSL_LINE.matcher(dslrText);
        while (m.find()) {
            found.add(new Problem(display, source.lineAt(m.start()), "a raw '>' line is not allowed in rule files:"
                    + " it passes code to Drools without the vocabulary; add the phrase to the .dsl instead"));
        }
        return found;
    }

    /** Everything refused in these files, which are compiled together. */
    public static List<Problem> problems(List<RuleFile> files) {
        return problems(files, null);
    }

    /** As {@link #problems(List)}, with each file's DrlParser result when it is already at hand. */
    public static List<Problem> problems(List<RuleFile> files, List<PackageDescr> alreadyParsed) {
        Findings findings = new Findings();
        Set<String> declaredTypes = new HashSet<>();
        Set<String> declaredFields = new HashSet<>();
        Set<String> functions = new HashSet<>();
        Set<String> qualifiedFunctions = new HashSet<>();
        Set<String> globals = new HashSet<>();
        List<PackageDescr> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            PackageDescr pkg = Nesting.tooDeep(file, findings) ? null
                    : parse(file, alreadyParsed == null ? null : alreadyParsed.get(i), findings);
            parsed.add(pkg);
            if (pkg == null) {
                continue;
            }
            if (!FileChecker.isOwnPackage(pkg.getName())) {
                continue; // refused by its FileChecker; what it declares or defines must not count elsewhere
            }
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                // by full name only: a simple name means a declared type only in its own package (see Names)
                declaredTypes.add(pkg.getName() + "." + t.getTypeName());
                declaredFields.addAll(t.getFields().keySet());
            }
            if (file.library()) {
                for (FunctionDescr f : pkg.getFunctions()) {
                    functions.add(f.getName());
                    qualifiedFunctions.add(pkg.getName() + "." + f.getName());
                }
                pkg.getGlobals().stream().map(GlobalDescr::getIdentifier).forEach(globals::add);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (parsed.get(i) != null) {
                Names names = new Names(parsed.get(i).getName(), declaredTypes, declaredFields, functions, globals);
                FileChecker checker = new FileChecker(files.get(i), names, qualifiedFunctions, findings);
                try {
                    checker.check(parsed.get(i));
                } catch (StackOverflowError e) {
                    // a long chain (1 + 1 + ... 20 000 times) nests without brackets: refused, never an Error
                    findings.reject(files.get(i).display(), checker.currentLine(), "this code", "it is nested too"
                            + " deeply to be checked; split the expression with local variables or a function");
                }
            }
        }
        return findings.all();
    }

    private static PackageDescr parse(RuleFile file, PackageDescr alreadyParsed, Findings findings) {
        Matcher escape = UNICODE_ESCAPE.matcher(file.text());
        if (escape.find()) {
            findings.reject(file.display(), new SourceText(file.text()).lineAt(escape.start()),
                    "the unicode escape " + escape.group(), "Java reads it even inside comments and text, so it"
                            + " can hide code; write the character itself (rule files are UTF-8)");
            return null;
        }
        if (alreadyParsed != null) {
            return alreadyParsed;
        }
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, file.text());
            if (!parser.hasErrors() && pkg != null) {
                return pkg;
            }
        } catch (DroolsParserException | StackOverflowError e) {
            // refused below, like any file the checker cannot read
        }
        findings.reject(file.display(), 0, "this file", "it cannot be parsed as DRL, so it cannot be checked");
        return null;
    }
}
