package se.utfall.ledger;

import java.nio.file.Path;

/**
 * One file a contract's terms consist of. {@code name} is where it lives independent of the
 * machine: {@code contract/contract.yaml}, {@code contract/validation.drl} or
 * {@code library/rate-card/rate-card.drl}; {@code path} is where it is now (null when it comes from
 * the ledger).
 */
public record SourceFile(String name, String hash, Path path) {
    static final String CONTRACT = "contract/";
    static final String LIBRARY = "library/";
}
