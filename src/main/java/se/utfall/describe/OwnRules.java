package se.utfall.describe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.utfall.authoring.AuthoredRules;
import se.utfall.contract.Contract;
import se.utfall.engine.RuleSource;
import se.utfall.engine.SourceLines;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;

/**
 * The contract's own rules (its .drl and .dslr files and decision tables) that name a clause, so a clause written as
 * the contract's own rules can be described by the rules that implement it.
 */
public final class OwnRules {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    /**
     * A rule in a file, by where its header is (":14", or " (sheet 'Priser', row 7)" in a workbook),
     * and for a rule written in the contract's words (.dslr) its sentences as written, so legal staff
     * read what the rule says, not only its name.
     */
    public record RuleRef(String file, String where, String name, List<String> sentences) {
        public String render() {
            return file + where + " \"" + name + "\"";
        }
    }

    private OwnRules() {
    }

    /** The contract's own clauses' sentence files (.dslr in its folder), sorted. */
    public static List<Path> files(Contract contract) {
        return AuthoredRules.list(contract.folder());
    }

    /**
     * Every rule of the contract's own files that names the clause id in quotes, in file order. A
     * .dslr or a table is read as the DRL it becomes (where a clause is named as Drools sees it) and
     * the rule is located at the line, or sheet and row, a person wrote.
     */
    public static List<RuleRef> naming(Contract contract, ClauseLibrary library, String clauseId) {
        List<RuleRef> refs = new ArrayList<>();
        String quoted = "\"" + clauseId + "\"";
        for (Path file : files(contract)) {
            RuleSource source = AuthoredRules.read(file, contract, library);
            String text = source.text();
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Matcher end = END.matcher(text);
                int stop = end.find(rule.end()) ? end.end() : text.length();
                if (text.substring(rule.end(), stop).contains(quoted)) {
                    int line = 1 + (int) text.substring(0, rule.start(1)).chars().filter(c -> c == '\n').count();
                    SourceLines.Where at = source.lines().at(line);
                    String where = at.line() > 0 ? ":" + at.line()
                            : at.prefix().isEmpty() ? "" : " (" + at.prefix().replaceFirst(":\\s*$", "") + ")";
                    List<String> sentences = file.getFileName().toString().endsWith(".dslr") && at.line() > 0
                            ? sentencesOf(file, at.line()) : List.of();
                    refs.add(new RuleRef(Locations.display(file), where, rule.group(1), sentences));
                }
            }
        }
        return refs;
    }

    /** The lines of the rule whose header is at line (1-based), up to its end, without blanks and comments. */
    private static List<String> sentencesOf(Path file, int line) {
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>();
        for (int i = line; i < all.size(); i++) {
            String s = all.get(i).strip();
            if (s.equals("slut") || s.equals("end")) {
                break;
            }
            if (!s.isEmpty() && !s.startsWith("//")) {
                sentences.add(s);
            }
        }
        return sentences;
    }
}
