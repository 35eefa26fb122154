package se.utfall.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.engine.cache.EngineFingerprint;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;

/**
 * Everything a contract's settlement compiles: for each library family it uses, the generated
 * terms type and the family's rules; then the contract's own rule files. Identified by a hash of
 * the texts, so identical rule sets compile once.
 */
public record RuleSet(List<RuleSource> sources, Map<String, ClauseFamily> families, String hash) {

    public static RuleSet forContract(Contract contract, ClauseLibrary library) {
        Map<String, ClauseFamily> families = new TreeMap<>();
        for (Clause clause : contract.clauses()) {
            if (clause.family() != null) {
                families.put(clause.family(), library.family(clause.family()));
            }
        }
        return of(families, contract.ruleFiles());
    }

    /** A family's rules on their own, to check that they compile. */
    public static RuleSet forFamily(ClauseFamily family) {
        return of(Map.of(family.id(), family), List.of());
    }

    private static RuleSet of(Map<String, ClauseFamily> families, List<Path> ownRuleFiles) {
        List<RuleSource> sources = new ArrayList<>();
        for (ClauseFamily family : families.values()) {
            sources.add(new RuleSource(family.definitionFile(), TermsDeclaration.generate(family), true));
            for (Path file : family.ruleFiles()) {
                sources.add(new RuleSource(file, read(file), false));
            }
        }
        for (Path file : ownRuleFiles) {
            sources.add(new RuleSource(file, read(file), false));
        }
        return new RuleSet(List.copyOf(sources), Map.copyOf(families), hash(sources));
    }

    private static String read(Path file) {
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
