package se.utfall.contract;

import java.util.List;

/**
 * A party to the contract, by the short id clauses use to name it. {@code subjects} are the units
 * (subjects of the measurements) a provider runs: their money is paid to this party. Empty for a
 * party that runs no listed unit.
 */
public record Party(String id, String name, String role, List<String> subjects) {

    public Party(String id, String name, String role) {
        this(id, name, role, List.of());
    }
}
