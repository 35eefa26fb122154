package se.utfall.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Stream;
import se.utfall.authoring.AuthoredRules;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.engine.cache.EngineFingerprint;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problems;

/**
 * Everything a contract's settlement compiles: for each library family version its clauses use,
 * the generated terms type and that version's rule files (a pinned earlier version's come from
 * its frozen copy under released/); then the contract's sentence files (.dslr), the only rules a
 * contract folder may hold (see se.utfall.contract.ContractFolder). {@code families} is keyed
 * by {@link ClauseFamily#label()} ("level-bonus 1.0.0"). Identified by a hash of the texts, so
 * identical rule sets compile once.
 */
public record RuleSet(List<RuleSource> sources, Map<String, ClauseFamily> families, String hash) {
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^(\\s*package\\s+)([\\w.]+)");

    public static RuleSet forContract(Contract contract, ClauseLibrary library) {
        Map<String, ClauseFamily> families = new TreeMap<>();
        for (Clause clause : contract.clauses()) {
            if (clause.family() != null) {
                ClauseFamily family = library.family(clause.family(), clause.version());
                families.put(family.label(), family);
            }
        }
        return of(families, contract.ruleFiles(), file -> AuthoredRules.read(file, contract, library));
    }

    /** A family version's rules on their own, to check that they compile. */
    public static RuleSet forFamily(ClauseFamily family) {
        return of(Map.of(family.label(), family), List.of(), file -> new RuleSource(file, read(file), false));
    }

    /** The family version a clause settles with (null for a clause of the contract's own rules). */
    public ClauseFamily familyOf(Clause clause) {
        return clause.family() == null ? null : families.get(clause.family() + " " + clause.version());
    }

    /**
     * The files on disk this rule set was made from: each family version's family.yaml and rule
     * files (a pinned release's from released/), then the contract's own, each followed by the files
     * it was made from (a .dslr's vocabulary). What a signature pins.
     */
    public List<Path> files() {
        return sources.stream().flatMap(s -> Stream.concat(Stream.of(s.origin()),
                s.uses().stream())).distinct().toList();
    }

    /**
     * ownRuleReader turns a contract's .dslr into its final DRL, expanded against its vocabulary
     * (see se.utfall.authoring). A contract's spreadsheets are parameter data, not rules.
     */
    private static RuleSet of(Map<String, ClauseFamily> families, List<Path> ownRuleFiles,
                              Function<Path, RuleSource> ownRuleReader) {
        List<RuleSource> sources = new ArrayList<>();
        for (ClauseFamily family : families.values()) {
            sources.add(new RuleSource(family.definitionFile(), TermsDeclaration.generate(family), true));
            for (Path file : family.ruleFiles()) {
                sources.add(new RuleSource(file, inPackage(read(file), family), false));
            }
        }
        Problems problems = new Problems();
        for (Path file : ownRuleFiles) {
            try {
                sources.add(ownRuleReader.apply(file));
            } catch (BadInput bad) {
                problems.addAll(bad);  // every file's mistakes at once, not just the first file's
            }
        }
        problems.throwIfAny();
        // Sorted, so anything that lists the families (a ledger pinning them, a report) lists them the same way every run.
        return new RuleSet(List.copyOf(sources), Collections.unmodifiableMap(new TreeMap<>(families)), hash(sources));
    }

    /**
     * A released version's frozen files declare the family's own package; compile them in the
     * version's package instead, so two versions of one family can sit in one rule set. Only the
     * name changes, so line numbers in messages stay those of the file.
     */
    private static String inPackage(String text, ClauseFamily family) {
        if (!family.released()) {
            return text;
        }
        Matcher m = PACKAGE_LINE.matcher(text);
        return m.find() ? text.substring(0, m.start(2)) + family.drlPackage() + text.substring(m.end(2)) : text;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Hashes names relative to their folder and texts, so a copied contract folder hashes the same,
     * and the engine's fingerprint (versions and fact classes), so compiled rules cached on disk are
     * only reused by the engine that compiled them.
     */
    private static String hash(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(EngineFingerprint.value().getBytes(StandardCharsets.UTF_8));
            for (RuleSource s : sources) {
                sha.update(s.origin().getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String display(int index) {
        return Locations.display(sources.get(index).origin());
    }
}
