package se.utfall.yaml;

import java.nio.file.Path;
import java.util.List;

public record YList(Path file, int line, List<YNode> items) implements YNode {
    @Override
    public String kind() {
        return "a list";
    }
}
