package se.utfall.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON as every command prints it (on stdout only; errors stay on stderr with exit code 2): one
 * object, two-space indents, keys sorted, amounts as exact decimal strings, lists in the order the
 * text output shows them, a newline at the end, so the same inputs give byte-identical output.
 */
public final class JsonText {
    // One convention for every command: object keys sorted, so output is stable whatever map built it.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonText() {
    }

    public static String of(Object root) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
