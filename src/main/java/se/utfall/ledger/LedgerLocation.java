package se.utfall.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

/**
 * Where the ledger is: a SQLite file (the default: ledger/utfall.db beside the launcher, or
 * $UTFALL_LEDGER) or a PostgreSQL server named by a JDBC URL.
 */
public record LedgerLocation(Dialect dialect, String jdbcUrl, Path file, String shown) {
    public static final String ENVIRONMENT = "UTFALL_LEDGER";

    /** The ledger named on the command line, or the default one. */
    public static LedgerLocation of(String given) {
        if (given == null || given.isBlank()) {
            String env = System.getenv(ENVIRONMENT);
            return env != null && !env.isBlank() ? parse(env.strip(), false) : file(defaultFile(), false);
        }
        return parse(given.strip(), true);
    }

    public static Path defaultFile() {
        String home = System.getProperty("utfall.home");
        return (home != null ? Path.of(home) : Path.of("")).resolve("ledger").resolve("utfall.db");
    }

    private static LedgerLocation parse(String given, boolean named) {
        if (given.startsWith("jdbc:")) {
            if (given.startsWith("jdbc:postgresql:")) {
                return new LedgerLocation(Dialect.POSTGRESQL, given, null, withoutPassword(given));
            }
            if (given.startsWith("jdbc:sqlite:")) {
                return file(Path.of(given.substring("jdbc:sqlite:".length())), named);
            }
            throw bad(given, "is not a ledger Utfall can use; give a SQLite file path or a PostgreSQL URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/utfall?user=postgres.");
        }
        return file(Path.of(given), named);
    }

    private static LedgerLocation file(Path file, boolean named) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw bad(file.toString(), "is a folder; name the ledger file in it, e.g. " + file.resolve("utfall.db") + ".");
        }
        if (named && !Files.isDirectory(abs.getParent())) {
            throw bad(file.toString(), "does not exist, nor does its folder " + abs.getParent()
                    + "; create the folder first (a settle then creates the ledger) or choose another --ledger path.");
        }
        return new LedgerLocation(Dialect.SQLITE, "jdbc:sqlite:" + abs, abs, Locations.display(abs));
    }

    /** Whether the ledger can only be read without creating it (a dry run must not create a file). */
    public boolean missing() {
        return file != null && !Files.exists(file);
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    static BadInput bad(String ledger, String message) {
        return new BadInput(List.of(new Problem("ledger " + withoutPassword(ledger), 0, message)));
    }
}
