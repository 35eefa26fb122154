package se.utfall.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.LibraryLocation;

/** --library DIR, shared by every command that reads contracts. */
final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Clause library folder (default: rules/ beside the utfall launcher).")
    Path library;

    ClauseLibrary load() {
        ClauseLibrary loaded = ClauseLibrary.load(library != null ? library : LibraryLocation.defaultRoot());
        se.utfall.timing.Checkpoints.mark("library read");
        return loaded;
    }
}
