package se.utfall.contract;

/** A party to the contract, by the short id clauses use to name it. */
public record Party(String id, String name, String role) {
}
