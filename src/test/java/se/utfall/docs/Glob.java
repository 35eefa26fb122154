package se.utfall.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** A {@code *} in the last part of a path, expanded and sorted as bash does. */
final class Glob {
    private Glob() {
    }

    static List<String> expand(String pattern) {
        int slash = pattern.lastIndexOf('/');
        Path folder = Path.of(slash < 0 ? "." : pattern.substring(0, slash));
        String last = pattern.substring(slash + 1);
        if (folder.toString().contains("*")) {
            throw new AssertionError("only the last part of a path may hold a *: " + pattern);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + last);
        try (Stream<Path> s = Files.list(folder)) {
            List<String> found = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && matcher.matches(Path.of(n)))
                    .sorted()
                    .map(n -> slash < 0 ? n : pattern.substring(0, slash + 1) + n)
                    .toList();
            return found.isEmpty() ? List.of(pattern) : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
