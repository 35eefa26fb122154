package se.utfall.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.IdentityHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import se.utfall.problem.BadInput;
import se.utfall.text.InputFiles;
import se.utfall.text.SafeText;

/** Reads a YAML file into {@link YNode}s with line numbers; syntax errors name file and line. */
public final class YamlReader {
    private YamlReader() {
    }

    /** Deeper than any contract, family or scenario file is written; a deeper one is an attack or a mistake. */
    static final int MAX_DEPTH = 64;
    /** Aliases a file may use: a few are handy for repeated rows; many, nested, are an alias bomb. */
    static final int MAX_ALIASES = 10;
    /**
     * Values a file may expand to once aliases are written out: far more than any contract or
     * scenario file holds, and far less than ten aliases of a large list could make of it.
     */
    static final int MAX_NODES = 500_000;

    /** Read-only once made, so every file and thread shares it. */
    private static final LoaderOptions OPTIONS = options();

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // A recursive alias (x: &a [ *a ]) and an alias bomb are refused by SnakeYAML itself where it
        // can; convert() below also refuses a node that contains itself and anything nested too deep.
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) InputFiles.YAML_LIMIT);
        return options;
    }

    public static YNode read(Path file) {
        return parse(file, InputFiles.read(file, InputFiles.YAML_LIMIT, "YAML file", ""));
    }

    public static YNode parse(Path file, String text) {
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            // What Yaml.compose does, without building the Yaml object's constructor and representer,
            // which a node tree never uses: that set-up was a tenth of reading a contract.yaml.
            root = new Composer(new ParserImpl(new StreamReader(reader), OPTIONS), new Resolver(), OPTIONS)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw BadInput.of(file, line, "is not valid YAML: " + SafeText.line(String.valueOf(e.getProblem()))
                    + ". Check indentation and that text with ':' or '#' is in quotes.");
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Nesting Depth")) {
                throw BadInput.of(file, 0, "is nested more than " + MAX_DEPTH + " levels deep; no contract, family or"
                        + " scenario needs that, so write it flatter.");
            }
            throw BadInput.of(file, 0, "is not valid YAML: " + SafeText.line(firstLine(e.getMessage()))
                    + (String.valueOf(e.getMessage()).contains("aliases") ? "; write the values out instead of"
                    + " reusing them with more than " + MAX_ALIASES + " aliases (*name)." : "."));
        } catch (StackOverflowError e) {
            throw BadInput.of(file, 0, "is nested too deeply to read; a contract needs only a few levels.");
        }
        if (root == null) {
            throw BadInput.of(file, 1, "is empty.");
        }
        return convert(file, root, new Walk(), 0);
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * {@code open} holds the nodes being converted on the way down: meeting one again means an alias
     * that refers to a node containing it ({@code x: &a [ *a ]}), which would never end.
     */
    private static YNode convert(Path file, Node node, Walk walk, int depth) {
        int line = node.getStartMark().getLine() + 1;
        Set<Node> open = walk.open;
        if (++walk.nodes > MAX_NODES) {
            throw BadInput.of(file, line, "expands to more than " + MAX_NODES + " values (aliases written out);"
                    + " no contract needs that, so write the values out once.");
        }
        if (depth > MAX_DEPTH) {
            throw BadInput.of(file, line, "is nested more than " + MAX_DEPTH + " levels deep; no contract needs that.");
        }
        if (!(node instanceof ScalarNode) && !open.add(node)) {
            throw BadInput.of(file, line, "an alias (*name) refers to a list or mapping that contains it, which never"
                    + " ends; write the values out instead.");
        }
        try {
            return convertOpen(file, node, walk, depth, line);
        } finally {
            open.remove(node);
        }
    }

    /** What a conversion carries down: the nodes on the way and how many were converted so far. */
    private static final class Walk {
        final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        int nodes;
    }

    private static YNode convertOpen(Path file, Node node, Walk walk, int depth, int line) {
        if (node instanceof MappingNode m) {
            LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw BadInput.of(file, t.getKeyNode().getStartMark().getLine() + 1,
                            "a key must be a plain word.");
                }
                int keyLine = k.getStartMark().getLine() + 1;
                if (entries.containsKey(k.getValue())) {
                    throw BadInput.of(file, keyLine, "key '" + k.getValue() + "' is given twice; keep one.");
                }
                entries.put(checked(file, keyLine, k.getValue(), "key"), convert(file, t.getValueNode(), walk, depth + 1));
                keyLines.put(k.getValue(), keyLine);
            }
            return new YMap(file, line, entries, keyLines);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(file, item, walk, depth + 1));
            }
            return new YList(file, line, items);
        }
        ScalarNode s = (ScalarNode) node;
        boolean quoted = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        boolean isNull = !quoted && s.getTag().equals(Tag.NULL);
        return new YScalar(file, line, checked(file, line, s.getValue(), "value"), quoted, isNull);
    }

    /**
     * Text in a YAML file is printed in statements and messages: a control character in it (ESC,
     * NUL, CR, bidi overrides) could change what a terminal shows, so it is refused at its line.
     * Line breaks and tabs stay allowed in values: a clause's text spans lines.
     */
    private static String checked(Path file, int line, String text, String what) {
        int at = SafeText.firstControl(text);
        while (at >= 0 && what.equals("value") && (text.charAt(at) == '\n' || text.charAt(at) == '\t')) {
            int next = SafeText.firstControl(text.substring(at + 1));
            at = next < 0 ? -1 : at + 1 + next;
        }
        if (at < 0) {
            return text;
        }
        int cp = text.codePointAt(at);
        int lineOfChar = line + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        throw BadInput.of(file, lineOfChar, "a " + what + " contains the control character " + SafeText.name(cp)
                + ", which could change what a terminal shows; remove it (write plain text).");
    }
}
