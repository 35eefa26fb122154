package se.utfall.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.drl.parser.lang.ExpanderException;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;
import se.utfall.problem.Suggestions;

/**
 * Turns a .dslr clause into the DRL it stands for, line for line: line n of the result is what line
 * n of the .dslr says, so every build error points at the sentence a person wrote. Before Drools
 * sees the result, what Drools would report obscurely is said plainly here: an unknown sentence
 * (with the closest ones the vocabulary knows), a measure or clause the contract does not define, a
 * number that is not one, a rule without a phase, a sentence that refers back to something no
 * earlier line introduced.
 */
public final class DslrExpander {
    /** The facts and helpers a clause's sentences may use: nothing else is imported. */
    static final List<String> IMPORTS = List.of("java.math.BigDecimal", "se.utfall.facts.ClauseTerms",
            "se.utfall.facts.Figures", "se.utfall.facts.Line", "se.utfall.facts.LineStatus",
            "se.utfall.facts.MeasureDefinition", "se.utfall.facts.Measurement", "se.utfall.facts.SettlementYear",
            "se.utfall.facts.Working");

    private static final Pattern EXPANDER = Pattern.compile("^\\s*expander\\s+(\\S+?)\\s*;?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("new BigDecimal\\( \"([^\"]*)\" \\)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MEASURE = Pattern.compile("measure == \"([^\"]*)\"");
    private static final Pattern CLAUSE = Pattern.compile("clause == \"([^\"]*)\"");
    private static final Pattern RULE_CLAUSE = Pattern.compile("\\$t : ClauseTerms\\( clause == \"([^\"]*)\" \\)");
    private static final Pattern ACTS_UNDER = Pattern.compile("/\\* clause (.*?) \\*/");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:(?!:)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");

    /** What a .dslr may refer to in the contract it belongs to. */
    public record Context(String packageName, Set<String> measures, Set<String> clauses, Path vocabularies) {
    }

    /** The result: the final DRL (line for line) and the vocabulary used. */
    public record Expansion(Path file, Vocabulary vocabulary, List<String> written, List<String> drl) {
        public String text() {
            return String.join("\n", drl) + "\n";
        }
    }

    private DslrExpander() {
    }

    /** The vocabulary a .dslr names on its expander line, if it names one. */
    static java.util.Optional<String> vocabularyNamed(String text) {
        for (String line : text.replace("\r", "").split("\n", -1)) {
            Matcher m = EXPANDER.matcher(line);
            if (m.matches()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    public static Expansion expand(Path file, String text, Context context) {
        List<String> written = List.of(text.replace("\r", "").split("\n", -1));
        Problems problems = new Problems();
        int expanderLine = -1;
        for (int i = 0; i < written.size(); i++) {
            String line = written.get(i);
            Matcher m = EXPANDER.matcher(line);
            if (expanderLine < 0 && m.matches()) {
                expanderLine = i;
            } else if (line.stripLeading().startsWith(">")) {
                problems.add(file, i + 1, "a line starting with '>' would pass raw DRL through the vocabulary;"
                        + " a clause is written in the vocabulary's sentences (put DRL in a .drl file instead).");
            } else if (line.stripLeading().startsWith("package ") || line.stripLeading().startsWith("import ")) {
                problems.add(file, i + 1, "a .dslr clause needs no package or import line (Utfall adds them);"
                        + " remove this line.");
            }
        }
        if (expanderLine < 0) {
            throw BadInput.of(file, 1, "a .dslr clause names its vocabulary first: write \"expander utfall-sv.dsl\""
                    + " (Swedish) or \"expander utfall-en.dsl\" (English) on its first line. Vocabularies: "
                    + String.join(", ", available(context.vocabularies())) + ".");
        }
        Matcher named = EXPANDER.matcher(written.get(expanderLine));
        named.matches();
        String name = named.group(1);
        Path vocabularyFile = context.vocabularies().resolve(name);
        if (!name.endsWith(".dsl") || !Files.isRegularFile(vocabularyFile)) {
            problems.add(file, expanderLine + 1, "no vocabulary '" + name + "' in " + context.vocabularies() + "."
                    + Suggestions.hint(name, available(context.vocabularies())));
            problems.throwIfAny();
        }
        problems.throwIfAny();
        Vocabulary vocabulary = Vocabulary.load(vocabularyFile);

        // The expander drops the expander line and some blank lines: keep a comment in its place.
        List<String> input = new ArrayList<>(written);
        input.set(expanderLine, "// " + written.get(expanderLine).strip());
        List<ExpanderException> unmapped = new ArrayList<>();
        String expanded = vocabulary.expand(String.join("\n", input), unmapped);
        Aligned aligned = align(written, expanded);

        for (ExpanderException e : unmapped) {
            String phrase = e.getMessage().replaceFirst("(?s)^.*?Unable to expand:", "").strip();
            int line = lineOf(written, phrase, e.getLine());
            Sentence.Section section = aligned.section(line - 1);
            List<Sentence> candidates = vocabulary.sentences().stream()
                    .filter(s -> s.section() == section || s.section() == Sentence.Section.ANY).toList();
            String closest = ClosestSentences.to(phrase, candidates).stream().map(s -> "\"" + s + "\"")
                    .collect(Collectors.joining(", "));
            problems.add(file, line, "\"" + phrase + "\" is not a sentence the vocabulary knows; closest: " + closest
                    + " (all sentences: " + name + ")." + misspeltMeasure(phrase, context.measures()));
        }
        problems.throwIfAny();

        List<String> drl = new ArrayList<>(aligned.lines());
        drl.set(expanderLine, "package " + context.packageName() + "; "
                + IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" ")));
        check(file, written, drl, aligned, vocabulary, context, problems);
        problems.throwIfAny();
        return new Expansion(file, vocabulary, written, List.copyOf(drl));
    }

    /** A sentence often fails only because its measure is misspelt: say so. */
    private static String misspeltMeasure(String phrase, Set<String> measures) {
        for (String word : phrase.split("[\\s,.]+")) {
            if (!measures.contains(word)) {
                var guess = Suggestions.closest(word, measures);
                if (guess.isPresent() && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                        && word.length() > 3) {
                    return " '" + word + "' is not a measure of the contract; did you mean '" + guess.get() + "'?";
                }
            }
        }
        return "";
    }

    /**
     * The expander's line numbers drift once it has skipped blank lines, so find the written line by
     * its text: the one nearest to the number it gave.
     */
    private static int lineOf(List<String> written, String phrase, int reported) {
        int best = -1;
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).strip().equals(phrase)
                    && (best < 0 || Math.abs(i + 1 - reported) < Math.abs(best + 1 - reported))) {
                best = i;
            }
        }
        return best >= 0 ? best + 1 : reported;
    }

    private static List<String> available(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dsl")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The expanded text, one entry per written line, and which section each written line is in. */
    record Aligned(List<String> lines, List<Sentence.Section> sections) {
        Sentence.Section section(int index) {
            return index >= 0 && index < sections.size() ? sections.get(index) : Sentence.Section.ANY;
        }
    }

    /**
     * Drools' expander drops blank lines here and there and folds "- ..." lines into the pattern above
     * them; every other written line gives exactly one expanded line, in order. Put each back on the
     * line it was written on.
     */
    static Aligned align(List<String> written, String expanded) {
        List<String> out = Stream.of(expanded.replace("\r", "").split("\n", -1)).filter(l -> !l.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        List<Sentence.Section> sections = new ArrayList<>();
        Sentence.Section section = Sentence.Section.ANY;
        int next = 0;
        for (String w : written) {
            if (w.isBlank() || section == Sentence.Section.CONDITION && w.strip().startsWith("-")) {
                lines.add("");
                sections.add(section);
                continue;
            }
            if (next >= out.size()) {
                throw new IllegalStateException("the expanded DRL has fewer lines than the .dslr");
            }
            String e = out.get(next++);
            lines.add(e);
            String keyword = e.strip();
            if (keyword.equals("when")) {
                section = Sentence.Section.CONDITION;
                sections.add(Sentence.Section.KEYWORD);
            } else if (keyword.equals("then")) {
                section = Sentence.Section.CONSEQUENCE;
                sections.add(Sentence.Section.KEYWORD);
            } else if (keyword.equals("end")) {
                section = Sentence.Section.ANY;
                sections.add(Sentence.Section.KEYWORD);
            } else {
                sections.add(section == Sentence.Section.ANY ? Sentence.Section.KEYWORD : section);
            }
        }
        if (next != out.size()) {
            throw new IllegalStateException("the expanded DRL has more lines than the .dslr");
        }
        return new Aligned(lines, sections);
    }

    private static void check(Path file, List<String> written, List<String> drl, Aligned aligned, Vocabulary vocabulary,
                              Context context, Problems problems) {
        String ruleName = null;
        int ruleLine = 0;
        boolean phase = false;
        String ruleClause = null;
        int ruleClauseLine = 0;
        Map<String, Integer> bound = new HashMap<>();
        for (int i = 0; i < drl.size(); i++) {
            String line = drl.get(i);
            int at = i + 1;
            Matcher rule = RULE.matcher(line);
            if (rule.find()) {
                ruleName = rule.group(1);
                ruleLine = at;
                phase = false;
                ruleClause = null;
                bound.clear();
                continue;
            }
            if (ruleName == null) {
                continue;
            }
            if (line.contains("agenda-group")) {
                phase = true;
            }
            if (line.strip().equals("when") && !phase) {
                problems.add(file, ruleLine, "rule \"" + ruleName + "\" has no phase; under its name write one of "
                        + quoted(phaseSentences(vocabulary)) + ".");
                phase = true;
            }
            if (line.strip().equals("end")) {
                ruleName = null;
                continue;
            }
            Sentence.Section section = aligned.section(i);
            if ((section == Sentence.Section.CONDITION || section == Sentence.Section.CONSEQUENCE)
                    && written.get(i).contains("\"")) {
                problems.add(file, at, "a sentence cannot contain quotation marks (\"); write the words without them.");
                continue;
            }
            checkNumbers(file, at, line, problems, drl, i);
            line = drl.get(i);
            Set<String> named = new TreeSet<>();  // a sentence may name the same measure or clause twice
            for (Matcher m = MEASURE.matcher(line); m.find(); ) {
                if (!context.measures().contains(m.group(1)) && named.add(m.group(1))) {
                    problems.add(file, at, "'" + m.group(1) + "' is not a measure of the contract."
                            + Suggestions.hint(m.group(1), context.measures()));
                }
            }
            for (Matcher m = CLAUSE.matcher(line); m.find(); ) {
                if (!context.clauses().contains(m.group(1)) && named.add(m.group(1))) {
                    problems.add(file, at, "'" + m.group(1) + "' is not a clause of the contract."
                            + Suggestions.hint(m.group(1), context.clauses()));
                }
            }
            Matcher own = RULE_CLAUSE.matcher(line);
            if (own.find() && ruleClause == null) {
                ruleClause = own.group(1);
                ruleClauseLine = at;
            }
            Matcher under = ACTS_UNDER.matcher(drl.get(i));
            if (under.find()) {
                if (ruleClause != null && !under.group(1).equals(ruleClause)) {
                    problems.add(file, at, "this line acts under " + under.group(1) + " but the rule is written for "
                            + ruleClause + " (line " + ruleClauseLine + "); name the same clause in both.");
                }
                drl.set(i, under.replaceAll("").stripTrailing());  // the marker was only for this check
                line = drl.get(i);
            }
            checkVariables(file, at, line, bound, vocabulary, section, problems);
        }
    }

    private static void checkNumbers(Path file, int at, String line, Problems problems, List<String> drl, int index) {
        Matcher m = NUMBER.matcher(line);
        StringBuilder fixed = new StringBuilder();
        Set<String> reported = new TreeSet<>();
        while (m.find()) {
            String raw = m.group(1);
            String plain = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
                    .replace("−", "-");
            if (!PLAIN_NUMBER.matcher(plain).matches() && reported.add(raw)) {
                problems.add(file, at, "'" + raw.strip() + "' is not a number; write it like 50 000 or 90,5.");
            }
            if (!PLAIN_NUMBER.matcher(plain).matches()) {
                plain = "0";
            }
            m.appendReplacement(fixed, Matcher.quoteReplacement("new BigDecimal( \"" + plain + "\" )"));
        }
        m.appendTail(fixed);
        drl.set(index, fixed.toString());
    }

    /**
     * A sentence that refers back ("enheten", "beloppet") needs an earlier line of the same rule that
     * introduced it ("en enhet", "ett belopp"); a rule introduces each thing once.
     */
    private static void checkVariables(Path file, int at, String line, Map<String, Integer> bound, Vocabulary vocabulary,
                                       Sentence.Section section, Problems problems) {
        Set<String> introduced = new TreeSet<>();
        for (Matcher b = BINDING.matcher(line); b.find(); ) {
            introduced.add(b.group(1));
        }
        String withoutBindings = BINDING.matcher(line).replaceAll("");
        for (Matcher v = VARIABLE.matcher(withoutBindings); v.find(); ) {
            String name = v.group();
            if (!bound.containsKey(name) && !introduced.contains(name)) {
                List<String> introducers = vocabulary.sentences().stream()
                        .filter(s -> s.section() == Sentence.Section.CONDITION)
                        .filter(s -> Pattern.compile(Pattern.quote(name) + "\\s*:(?!:)").matcher(s.expansion()).find())
                        .map(Sentence::written).distinct().limit(4).toList();
                problems.add(file, at, "this sentence refers back to something no earlier line of the rule introduces;"
                        + " write one of these above it: " + quoted(introducers) + ".");
                bound.put(name, at);  // said once per rule, not again at every line that uses it
                return;
            }
        }
        if (section == Sentence.Section.CONDITION) {
            for (String name : introduced) {
                Integer before = bound.putIfAbsent(name, at);
                if (before != null) {
                    problems.add(file, at, "this sentence introduces again what line " + before + " already"
                            + " introduced, and a rule can do that once; use the sentence that refers back to it"
                            + " (\"enheten\" rather than \"en enhet\", \"the unit\" rather than \"a unit\").");
                }
            }
        }
    }

    private static List<String> phaseSentences(Vocabulary vocabulary) {
        return vocabulary.sentences().stream().filter(s -> s.expansion().contains("agenda-group"))
                .map(Sentence::written).toList();
    }

    private static String quoted(List<String> sentences) {
        return sentences.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
    }
}
