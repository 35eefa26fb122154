package se.utfall.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import se.utfall.problem.BadInput;

/** Reads a YAML file into {@link YNode}s with line numbers; syntax errors name file and line. */
public final class YamlReader {
    private YamlReader() {
    }

    public static YNode read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw BadInput.of(file, 0, "file not found.");
        } catch (CharacterCodingException e) {
            throw BadInput.of(file, 0, "is not UTF-8 text; save it as UTF-8.");
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
        }
        return parse(file, text);
    }

    public static YNode parse(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw BadInput.of(file, line, "is not valid YAML: " + e.getProblem()
                    + ". Check indentation and that text with ':' or '#' is in quotes.");
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "is not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw BadInput.of(file, 1, "is empty.");
        }
        return convert(file, root);
    }

    private static YNode convert(Path file, Node node) {
        int line = node.getStartMark().getLine() + 1;
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
                entries.put(k.getValue(), convert(file, t.getValueNode()));
                keyLines.put(k.getValue(), keyLine);
            }
            return new YMap(file, line, entries, keyLines);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(file, item));
            }
            return new YList(file, line, items);
        }
        ScalarNode s = (ScalarNode) node;
        boolean quoted = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        boolean isNull = !quoted && s.getTag().equals(Tag.NULL);
        return new YScalar(file, line, s.getValue(), quoted, isNull);
    }
}
