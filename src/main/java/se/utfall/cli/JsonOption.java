package se.utfall.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;
import se.utfall.report.JsonText;

/**
 * {@code --format text|json} for a command that prints a result. JSON goes to stdout only, as one
 * object in the shape every command shares ({@link JsonText}); errors still go to stderr, exit 2.
 */
final class JsonOption {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, default) or json (for machines: one object on stdout, keys sorted).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    static void print(PrintWriter out, Map<String, ?> root) {
        out.print(JsonText.of(root));
        out.flush();
    }
}
