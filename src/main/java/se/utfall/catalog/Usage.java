package se.utfall.catalog;

/**
 * One clause of one contract that uses a library family: at which version, and whether the
 * contract pins it (an unpinned clause follows the family's current version).
 */
public record Usage(String contract, String file, int line, String clause, int clauseOrder, String version,
                    boolean pinned) {
}
