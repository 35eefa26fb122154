package se.utfall.describe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.utfall.contract.Contract;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;

/**
 * The contract's own rules (its .drl and .dslr files) that name a clause, so a clause written as
 * the contract's own rules can be described by the rules that implement it.
 */
public final class OwnRules {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    /** A rule in a file, by where its header is. */
    public record RuleRef(String file, int line, String name) {
        public String render() {
            return file + ":" + line + " \"" + name + "\"";
        }
    }

    private OwnRules() {
    }

    /** The contract's own rule files: .drl and .dslr in its folder, sorted. */
    public static List<Path> files(Contract contract) {
        try (Stream<Path> files = Files.list(contract.folder())) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".drl") || name.endsWith(".dslr");
            }).sorted().toList();
        } catch (IOException e) {
            throw BadInput.of(contract.folder(), 0, "cannot be listed: " + e.getMessage());
        }
    }

    /** Every rule of the contract's own files whose text names the clause id in quotes, in file order. */
    public static List<RuleRef> naming(Contract contract, String clauseId) {
        List<RuleRef> refs = new ArrayList<>();
        String quoted = "\"" + clauseId + "\"";
        for (Path file : files(contract)) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
            }
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Matcher end = END.matcher(text);
                int stop = end.find(rule.end()) ? end.end() : text.length();
                if (text.substring(rule.end(), stop).contains(quoted)) {
                    int line = 1 + (int) text.substring(0, rule.start(1)).chars().filter(c -> c == '\n').count();
                    refs.add(new RuleRef(Locations.display(file), line, rule.group(1)));
                }
            }
        }
        return refs;
    }
}
