package se.utfall.yaml;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A mapping whose keys keep their own line numbers. Keys keep the order they were written in. */
public record YMap(Path file, int line, LinkedHashMap<String, YNode> entries, Map<String, Integer> keyLines)
        implements YNode {

    @Override
    public String kind() {
        return "a mapping";
    }

    public YNode get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        YNode n = entries.get(key);
        return n != null && !(n instanceof YScalar s && s.isNull());
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public int keyLine(String key) {
        return keyLines.getOrDefault(key, line);
    }
}
