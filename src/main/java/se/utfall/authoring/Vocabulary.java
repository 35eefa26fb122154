package se.utfall.authoring;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;

/**
 * A Drools DSL file (.dsl): the sentences legal staff may write in a .dslr clause and the DRL each
 * one stands for. Drools reads the file's format; expanding a clause is Utfall's own (see
 * {@link DslrExpander}), because Drools' expander copies whatever words fill a {slot} into the rule
 * code as they are, and passes any line no sentence matches on unchanged. So every slot declares its
 * type ({gräns:tal}, {limit:number}; see {@link SlotType}), and a text slot may stand only inside a
 * quoted string of the DRL. A slot without a type, a type nobody knows, or a DRL that uses a slot the
 * sentence does not have is an error in the vocabulary, at its line.
 */
public final class Vocabulary {
    private static final Map<String, Vocabulary> CACHE = new ConcurrentHashMap<>();
    private static final Pattern SLOT = Pattern.compile("\\{([^{}:]*)(?::([^{}]*))?}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final Path file;
    private final List<Sentence> sentences;

    private Vocabulary(Path file, List<Sentence> sentences) {
        this.file = file;
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
        Problems problems = new Problems();
        if (!ok || !dsl.getErrors().isEmpty()) {
            for (Object o : dsl.getErrors()) {
                int line = o instanceof ParserError pe ? pe.getRow() : 0;
                String message = o instanceof DroolsError de ? de.getMessage() : String.valueOf(o);
                problems.add(file, line, "this vocabulary line cannot be read (" + message.strip()
                        + "); a line is [condition][]words {slot:type}=DRL, and regular-expression groups must be (?:...).");
            }
            if (problems.isEmpty()) {
                problems.add(file, 0, "the vocabulary cannot be read.");
            }
            problems.throwIfAny();
        }
        List<Integer> entryLines = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("[")) {
                entryLines.add(i + 1);
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                problems.add(file, i + 1, "a vocabulary line is a sentence, [condition][]words {slot:type}=DRL, or a"
                        + " comment starting with #; a sentence is written on one line.");
            }
        }
        List<DSLMappingEntry> entries = dsl.getMapping().getEntries();
        if (problems.isEmpty() && entries.size() != entryLines.size()) {
            problems.add(file, 0, "the vocabulary has " + entryLines.size() + " sentence lines but Drools reads "
                    + entries.size() + " sentences from it; write one sentence per line.");
        }
        problems.throwIfAny();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DSLMappingEntry e = entries.get(i);
            sentences.add(sentence(file, entryLines.get(i), section(e.getSection()), readable(e.getMappingKey()),
                    readable(e.getMappingValue()), problems));
        }
        problems.throwIfAny();
        return new Vocabulary(file, List.copyOf(sentences));
    }

    /** One sentence with its typed slots, and the pattern a written line must match as a whole. */
    private static Sentence sentence(Path file, int line, Sentence.Section section, String key, String value,
                                     Problems problems) {
        List<Sentence.Slot> slots = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = SLOT.matcher(key);
        int last = 0;
        while (m.find()) {
            regex.append(key, last, m.start());
            last = m.end();
            String name = m.group(1).strip();
            String type = m.group(2);
            SlotType t = null;
            if (type == null) {
                problems.add(file, line, "the slot {" + name + "} has no type; write {" + name + ":TYPE} with TYPE one of "
                        + SlotType.names() + ".");
            } else if ((t = SlotType.named(type).orElse(null)) == null) {
                problems.add(file, line, "'" + type + "' in {" + name + ":" + type + "} is not a slot type; the types are "
                        + SlotType.names() + ".");
            }
            if (name.isEmpty() || !names.add(name)) {
                problems.add(file, line, "every slot of a sentence needs a name of its own; {" + name + "} is "
                        + (name.isEmpty() ? "unnamed" : "used twice") + ".");
            }
            if (t != null) {
                slots.add(new Sentence.Slot(name, t));
            }
            regex.append('(').append(t == null ? ".+?" : t.shape()).append(')');
        }
        regex.append(key.substring(last));
        for (Matcher p = PLACEHOLDER.matcher(value); p.find(); ) {
            String name = p.group(1);
            if (!names.contains(name)) {
                problems.add(file, line, "the DRL uses {" + name + "}, which is not a slot of the sentence"
                        + (names.isEmpty() ? "" : " (its slots: " + String.join(", ", names) + ")") + ".");
            } else if (slots.stream().anyMatch(s -> s.name().equals(name) && s.type() == SlotType.TEXT)
                    && !insideQuotes(value, p.start())) {
                problems.add(file, line, "the text slot {" + name + "} stands outside a quoted string in the DRL; a"
                        + " person's words may only ever become text (\"...{" + name + "}...\").");
            }
        }
        Pattern pattern = null;
        try {
            pattern = Pattern.compile(regex.toString());
            if (pattern.matcher("").groupCount() != slots.size()) {
                problems.add(file, line, "the sentence has a regular-expression group that captures; write (?:...).");
                pattern = null;
            }
        } catch (PatternSyntaxException e) {
            problems.add(file, line, "the sentence is not a valid pattern (" + e.getDescription() + ").");
        }
        return new Sentence(section, Sentence.readable(key), value, line, List.copyOf(slots), pattern);
    }

    /** Whether a position of a DRL text lies inside a "..." string (escaped quotes do not end one). */
    static boolean insideQuotes(String drl, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = drl.charAt(i);
            if (inside && c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
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
