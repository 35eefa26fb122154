package se.utfall.authoring;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;

/**
 * A Drools DSL file (.dsl): the sentences legal staff may write in a .dslr clause and the DRL each
 * one stands for. Expansion is Drools' own {@link DefaultExpander} (what DrlParser.getExpandedDRL
 * uses), called directly because it reports each unmapped line with its number.
 */
public final class Vocabulary {
    private static final Map<String, Vocabulary> CACHE = new ConcurrentHashMap<>();

    private final Path file;
    private final DSLMapping mapping;
    private final List<Sentence> sentences;

    private Vocabulary(Path file, DSLMapping mapping, List<Sentence> sentences) {
        this.file = file;
        this.mapping = mapping;
        this.sentences = sentences;
    }

    public static Vocabulary load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "the vocabulary cannot be read: " + e.getMessage());
        }
        return CACHE.computeIfAbsent(file.toAbsolutePath().normalize() + "\u0000" + text, k -> parse(file, text));
    }

    private static Vocabulary parse(Path file, String text) {
        DSLTokenizedMappingFile dsl = new DSLTokenizedMappingFile();
        boolean ok;
        try {
            ok = dsl.parseAndLoad(new StringReader(lexable(text)));
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "the vocabulary cannot be read: " + e.getMessage());
        }
        if (!ok || !dsl.getErrors().isEmpty()) {
            Problems problems = new Problems();
            for (Object o : dsl.getErrors()) {
                int line = o instanceof ParserError pe ? pe.getRow() : 0;
                String message = o instanceof DroolsError de ? de.getMessage() : String.valueOf(o);
                problems.add(file, line, "this vocabulary line cannot be read (" + message.strip()
                        + "); a line is [condition][]words {variable}=DRL, and regular-expression groups must be (?:...).");
            }
            if (problems.isEmpty()) {
                problems.add(file, 0, "the vocabulary cannot be read.");
            }
            problems.throwIfAny();
        }
        List<Sentence> sentences = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (DSLMappingEntry e : dsl.getMapping().getEntries()) {
            sentences.add(new Sentence(section(e.getSection()), Sentence.readable(e.getMappingKey()), e.getMappingValue(),
                    lineOf(lines, e.getMappingKey())));
        }
        return new Vocabulary(file, dsl.getMapping(), List.copyOf(sentences));
    }

    private static Sentence.Section section(DSLMappingEntry.Section s) {
        if (s == DSLMappingEntry.CONDITION) {
            return Sentence.Section.CONDITION;
        }
        if (s == DSLMappingEntry.CONSEQUENCE) {
            return Sentence.Section.CONSEQUENCE;
        }
        return s == DSLMappingEntry.KEYWORD ? Sentence.Section.KEYWORD : Sentence.Section.ANY;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Expands a rule text; every line no sentence matches is added to unmapped with its line number. */
    public String expand(String text, List<ExpanderException> unmapped) {
        DefaultExpander expander = new DefaultExpander();
        expander.addDSLMapping(mapping);
        String expanded = expander.expand(text);
        unmapped.addAll(expander.getErrors());
        return readable(expanded);
    }

    /**
     * Drools' DSL lexer cannot read symbols beyond ASCII (×, −), though letters such as å are fine.
     * A vocabulary writes them as they are; they pass the lexer as escapes and are turned back into
     * the characters in the expanded rule, because the rule-file checker refuses escapes in rules.
     */
    private static String lexable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c > 0x7F && !Character.isLetter(c)) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append((char) c);
            }
        });
        return s.toString();
    }

    private static final java.util.regex.Pattern ESCAPED_SYMBOL = java.util.regex.Pattern.compile("\\\\u([0-9a-f]{4})");

    private static String readable(String expanded) {
        return ESCAPED_SYMBOL.matcher(expanded).replaceAll(m -> {
            char c = (char) Integer.parseInt(m.group(1), 16);
            return java.util.regex.Matcher.quoteReplacement(c > 0x7F && !Character.isLetter(c) ? String.valueOf(c) : m.group());
        });
    }

    public Path file() {
        return file;
    }

    public List<Sentence> sentences() {
        return sentences;
    }
}
