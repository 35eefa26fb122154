package se.utfall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.FamilyLoader;
import se.utfall.problem.Locations;

/**
 * Advice from validate about family versions: a clause that pins none follows whatever the
 * library's current version is, so a later release would change a signed contract's settlement.
 * Not an error (unpinned drafts keep working), but said at the clause's line with the fix.
 */
final class VersionNotes {
    private VersionNotes() {
    }

    static List<String> forPath(Path path, ClauseLibrary library) {
        if (Files.exists(path.resolve(FamilyLoader.DEFINITION))) {
            return List.of(); // a family's example describes the current version on purpose
        }
        Contract contract = ContractLoader.load(path, library);
        List<String> notes = new ArrayList<>();
        for (Clause clause : contract.clauses()) {
            if (clause.family() == null) {
                continue;
            }
            ClauseFamily current = library.family(clause.family());
            if (!clause.versionPinned()) {
                notes.add("note  " + Locations.display(contract.file()) + ":" + clause.line() + ": clause "
                        + clause.id() + " does not pin a version of " + clause.family() + " and follows the current "
                        + current.version() + "; add 'version: " + current.version() + "' under 'family:' so a later"
                        + " release cannot change what the contract pays.");
            } else if (!clause.version().equals(current.version())) {
                notes.add("note  " + Locations.display(contract.file()) + ":" + clause.line() + ": clause "
                        + clause.id() + " keeps " + clause.family() + " " + clause.version() + "; " + current.version()
                        + " is current (see ./utfall clauses). Change 'version:' only with an amendment.");
            }
        }
        return notes;
    }
}
