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
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problems;
import se.utfall.problem.Suggestions;

/**
 * Turns a .dslr clause into the DRL it stands for, line for line: line n of the result is what line
 * n of the .dslr says, so every build error points at the sentence a person wrote.
 *
 * <p>This is a sandbox, not Drools' DSL expander: Drools copies whatever fills a {slot} into the rule
 * code as it is, and passes on any line that no sentence matches (a '>' line, a function, a rule
 * attribute after the name). Here every line must be one of: the expander line, a comment, a blank,
 * a rule's name, a keyword sentence of the vocabulary (a phase, when, then, end) or a whole sentence of
 * the vocabulary whose every slot holds what its type allows (see {@link SlotType}). Comments are not
 * handed on, so nothing hides in them. What Drools would report obscurely is said plainly: an
 * unknown sentence (with the closest ones the vocabulary knows), a measure or clause the contract
 * does not define, a number that is not one, a rule without a phase, a sentence that refers back to
 * something no earlier line introduced.
 */
public final class DslrExpander {
    /** The facts and helpers a clause's sentences may use: nothing else is imported. */
    static final List<String> IMPORTS = List.of("java.math.BigDecimal", "se.utfall.facts.ClauseTerms",
            "se.utfall.facts.Figures", "se.utfall.facts.Line", "se.utfall.facts.LineStatus",
            "se.utfall.facts.MeasureDefinition", "se.utfall.facts.Measurement", "se.utfall.facts.SettlementYear",
            "se.utfall.facts.Working");

    /** Longer than any sentence a person writes; it bounds the time a line takes to match. */
    static final int LONGEST_LINE = 1000;
    private static final Pattern EXPANDER = Pattern.compile("^\\s*expander\\s+(\\S+?)\\s*;?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_NAME = Pattern.compile("rule\\s+\"([^\"]*)\"");
    /** A vocabulary is named by its file name alone: no folder, no way out of the library's dsl/. */
    private static final Pattern VOCABULARY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*\\.dsl");
    private static final Pattern NUMBER = Pattern.compile("new BigDecimal\\( \"([^\"]*)\" \\)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MEASURE = Pattern.compile("measure == \"([^\"]*)\"");
    private static final Pattern CLAUSE = Pattern.compile("clause == \"([^\"]*)\"");
    private static final Pattern RULE_CLAUSE = Pattern.compile("\\$t : ClauseTerms\\( clause == \"([^\"]*)\" \\)");
    private static final Pattern ACTS_UNDER = Pattern.compile("/\\* clause (.*?) \\*/");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:(?!:)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");

    /** What a .dslr may refer to in the contract it belongs to. */
    public record Context(String packageName, Set<String> measures, Set<String> clauses, Set<String> parties,
                          Path vocabularies) {
        public Context(String packageName, Set<String> measures, Set<String> clauses, Path vocabularies) {
            this(packageName, measures, clauses, Set.of(), vocabularies);
        }

        SlotType.Known known() {
            return new SlotType.Known(measures, clauses, parties);
        }
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
        for (String line : withoutByteOrderMark(text).replace("\r", "").split("\n", -1)) {
            Matcher m = EXPANDER.matcher(line);
            if (m.matches()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The vocabulary file a .dslr may name: a file directly in the library's dsl folder, named by its
     * file name alone. Not a path ("../../x.dsl", "/tmp/x.dsl", "sub/x.dsl"), and not a link that
     * leads out of the folder: a vocabulary decides what code a sentence becomes, so only the
     * library's own, reviewed and pinned by signing, may be used.
     */
    public static java.util.Optional<Path> vocabularyFile(Path folder, String name) {
        if (!VOCABULARY_NAME.matcher(name).matches() || name.contains("..")) {
            return java.util.Optional.empty();
        }
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                return java.util.Optional.empty();
            }
            Path real = file.toRealPath();
            if (!folder.toRealPath().equals(real.getParent())) {
                return java.util.Optional.empty();
            }
        } catch (java.io.IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(file);
    }

    /** Some editors begin a UTF-8 file with a byte order mark; it is not part of the first line. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private enum Place { OUTSIDE, NAMED, CONDITION, CONSEQUENCE }

    public static Expansion expand(Path file, String text, Context context) {
        List<String> written = List.of(withoutByteOrderMark(text).replace("\r", "").split("\n", -1));
        Problems problems = new Problems();
        int expanderLine = -1;
        for (int i = 0; i < written.size(); i++) {
            String line = written.get(i);
            Matcher m = EXPANDER.matcher(line);
            int at = i + 1;
            Characters.invisible(line).ifPresent(c -> problems.add(file, at, "this line contains the invisible"
                    + " character " + c + ", which can make a clause read differently than it runs; delete it."));
            if (line.length() > LONGEST_LINE) {
                problems.add(file, at, "this line is " + line.length() + " characters long; a sentence is at most "
                        + LONGEST_LINE + ", so say it shorter.");
            }
            if (expanderLine < 0 && m.matches()) {
                expanderLine = i;
            } else if (line.stripLeading().startsWith(">")) {
                problems.add(file, i + 1, "a line starting with '>' would pass raw DRL through the vocabulary;"
                        + " a clause is written in the vocabulary's sentences (rule code belongs in a family of the"
                        + " clause library).");
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
        java.util.Optional<Path> vocabularyFile = vocabularyFile(context.vocabularies(), name);
        if (vocabularyFile.isEmpty()) {
            List<String> available = available(context.vocabularies());
            problems.add(file, expanderLine + 1, "no vocabulary '" + name + "' in "
                    + Locations.display(context.vocabularies()) + "; a .dslr names one of the library's vocabularies"
                    + " by its file name alone: " + String.join(", ", available) + "."
                    + Suggestions.closest(name, available).map(k -> " Did you mean '" + k + "'?").orElse(""));
            problems.throwIfAny();
        }
        problems.throwIfAny();
        Vocabulary vocabulary = Vocabulary.load(vocabularyFile.get());

        List<String> drl = new ArrayList<>();
        List<Sentence.Section> sections = new ArrayList<>();
        read(file, written, expanderLine, vocabulary, context, problems, drl, sections);
        problems.throwIfAny();
        drl.set(expanderLine, "package " + context.packageName() + "; "
                + IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" ")));
        check(file, written, drl, new Aligned(drl, sections), vocabulary, context, problems);
        problems.throwIfAny();
        return new Expansion(file, vocabulary, written, List.copyOf(drl));
    }

    /**
     * Every written line becomes exactly one DRL line, or an error: there is no way for a line to
     * reach Drools except as the DRL of a sentence with checked words in its slots.
     */
    private static void read(Path file, List<String> written, int expanderLine, Vocabulary vocabulary, Context context,
                             Problems problems, List<String> drl, List<Sentence.Section> sections) {
        Place place = Place.OUTSIDE;
        OpenRule open = null;  // the rule being read: where it began and its last written line
        for (int i = 0; i < written.size(); i++) {
            String raw = written.get(i);
            String line = raw.strip().replaceAll("\\s+", " ");
            String indent = raw.substring(0, raw.length() - raw.stripLeading().length()).replace("\t", "    ");
            int at = i + 1;
            Sentence.Section section = place == Place.CONDITION ? Sentence.Section.CONDITION
                    : place == Place.CONSEQUENCE ? Sentence.Section.CONSEQUENCE : Sentence.Section.KEYWORD;
            sections.add(section);
            if (i == expanderLine || line.isEmpty() || line.startsWith("//") || line.startsWith(">")
                    || line.startsWith("package ") || line.startsWith("import ")) {
                // Comments are for people: Drools and the Java compiler never see them, so nothing hides there.
                drl.add("");
                continue;
            }
            Keyword keyword = keyword(line, vocabulary, context, file, at, problems);
            String kw = keyword.drl().strip();
            Matcher rule = RULE_NAME.matcher(kw);
            if (rule.matches()) {
                SlotType.Checked ruleName = SlotType.text("a rule's name", rule.group(1));
                if (ruleName instanceof SlotType.Wrong w) {
                    problems.add(file, at, w.message());
                }
                if (place != Place.OUTSIDE && open != null) {
                    problems.add(file, open.line(), open.unended(vocabulary) + ", before the next rule begins (line "
                            + at + ").");
                }
                open = new OpenRule(at, line, at);
                place = Place.NAMED;
                sections.set(i, Sentence.Section.KEYWORD);
                drl.add(indent + "rule \"" + rule.group(1) + "\"");
            } else if (kw.startsWith("rule ") || kw.startsWith("rule\"")) {
                problems.add(file, at, "a rule's first line is its name in quotation marks and nothing more"
                        + " (regel \"...\" or rule \"...\"); write its phase on the next line.");
                place = Place.NAMED;  // read the rest of the rule as one, so one mistake gives one message
                drl.add("");
            } else if (kw.equals("when") || kw.equals("then") || kw.equals("end")) {
                Place expected = kw.equals("when") ? Place.NAMED : kw.equals("then") ? Place.CONDITION : Place.CONSEQUENCE;
                if (place != expected) {
                    problems.add(file, at, "'" + line + "' is out of place: a rule is its name, its phase, "
                            + keywordFor("when", vocabulary) + " and conditions, "
                            + keywordFor("then", vocabulary) + " and what follows, and "
                            + keywordFor("end", vocabulary) + ".");
                }
                place = kw.equals("when") ? Place.CONDITION : kw.equals("then") ? Place.CONSEQUENCE : Place.OUTSIDE;
                open = place == Place.OUTSIDE ? null : open;
                sections.set(i, Sentence.Section.KEYWORD);
                drl.add(indent + kw);
            } else if (place == Place.NAMED && keyword.whole()) {
                drl.add(indent + kw);  // a rule attribute the vocabulary defines: its phase
            } else if (place == Place.CONDITION || place == Place.CONSEQUENCE) {
                drl.add(indent + sentence(file, at, raw.strip(), line, section, vocabulary, context, problems));
            } else if (place == Place.NAMED) {
                problems.add(file, at, "between a rule's name and " + keywordFor("when", vocabulary)
                        + " only its phase stands; write one of " + quoted(phaseSentences(vocabulary)) + ".");
                drl.add("");
            } else {
                problems.add(file, at, "outside a rule only comments (//) and blank lines may stand; a rule begins"
                        + " with its name: " + keywordFor("rule", vocabulary) + " followed by the name in quotation marks.");
                drl.add("");
            }
            if (open != null && open.line() != at) {
                open = open.at(at);
            }
        }
        if (place != Place.OUTSIDE) {
            problems.add(file, open != null ? open.line() : written.size(), open != null
                    ? open.unended(vocabulary) + "." : "the last rule has no end; write " + keywordFor("end", vocabulary)
                    + " after it.");
        }
    }

    /**
     * A rule that has begun and not yet ended: its first line, how it was written, and its last
     * written line. A forgotten end is said once, at the rule that lacks it, in the contract's words:
     * Drools would report it as several errors about DRL nobody wrote.
     */
    private record OpenRule(int line, String written, int last) {
        OpenRule at(int lastLine) {
            return new OpenRule(line, written, lastLine);
        }

        String unended(Vocabulary vocabulary) {
            return "the rule " + written + " has no end; write " + keywordFor("end", vocabulary)
                    + " on the line after its last line (line " + last + ")";
        }
    }

    /** A line after the vocabulary's keyword sentences are applied, and whether one took the whole line. */
    private record Keyword(String drl, boolean whole) {
    }

    private static Keyword keyword(String line, Vocabulary vocabulary, Context context, Path file, int at,
                                   Problems problems) {
        for (Sentence s : vocabulary.sentences()) {
            if (s.section() != Sentence.Section.KEYWORD || s.pattern() == null) {
                continue;
            }
            var whole = s.match(line);
            if (whole.isPresent()) {
                var values = values(whole.get(), context);
                if (values.wrong().isEmpty()) {
                    return new Keyword(s.expand(values.checked()), true);
                }
                values.wrong().forEach(w -> problems.add(file, at, w));
                return new Keyword("", true);
            }
            Matcher start = s.pattern().matcher(line);
            if (s.slots().isEmpty() && start.lookingAt()) {
                // "regel" before a rule's name: the rest of the line is read as the name, below
                return new Keyword(s.expansion() + line.substring(start.end()), false);
            }
        }
        return new Keyword(line, false);
    }

    /** The words of each slot, checked by its type. */
    private record Values(Map<String, String> checked, List<String> wrong) {
    }

    private static Values values(Map<Sentence.Slot, String> words, Context context) {
        Map<String, String> checked = new HashMap<>();
        Set<String> wrong = new java.util.LinkedHashSet<>();
        words.forEach((slot, w) -> {
            SlotType.Checked c = slot.type().check(slot.name(), w, context.known());
            if (c instanceof SlotType.Value v) {
                checked.put(slot.name(), v.text());
            } else if (c instanceof SlotType.Wrong x) {
                wrong.add(x.message());
            }
        });
        return new Values(checked, List.copyOf(wrong));
    }

    /**
     * The DRL of a condition or consequence: the first sentence the whole line is, with words its
     * slots accept; else what is wrong with the words of the first sentence it could be; else the
     * closest sentences.
     */
    private static String sentence(Path file, int at, String phrase, String line, Sentence.Section section,
                                   Vocabulary vocabulary, Context context, Problems problems) {
        List<Sentence> candidates = vocabulary.sentences().stream()
                .filter(s -> s.section() == section || s.section() == Sentence.Section.ANY).toList();
        List<String> firstWrong = null;
        for (Sentence s : candidates) {
            var words = s.match(line);
            if (words.isEmpty()) {
                continue;
            }
            Values values = values(words.get(), context);
            if (values.wrong().isEmpty()) {
                return s.expand(values.checked());
            }
            if (firstWrong == null) {
                firstWrong = values.wrong();
            }
        }
        if (firstWrong != null) {
            firstWrong.forEach(w -> problems.add(file, at, w));
            return "";
        }
        int comment = line.indexOf("//");
        if (comment > 0 && candidates.stream().anyMatch(s -> s.match(line.substring(0, comment).strip()).isPresent())) {
            problems.add(file, at, "a comment (//) stands on a line of its own; move \""
                    + line.substring(comment) + "\" to the line above.");
            return "";
        }
        String closest = ClosestSentences.to(phrase, candidates).stream().map(s -> "\"" + s + "\"")
                .collect(Collectors.joining(", "));
        problems.add(file, at, "\"" + phrase + "\" is not a sentence the vocabulary knows; closest: " + closest
                + " (all sentences: " + vocabulary.file().getFileName() + ")." + misspeltMeasure(phrase, context.measures()));
        return "";
    }

    /** How the vocabulary writes a DRL keyword ("regel" for rule), or the keyword itself, quoted. */
    private static String keywordFor(String drl, Vocabulary vocabulary) {
        return "\"" + vocabulary.sentences().stream()
                .filter(s -> s.section() == Sentence.Section.KEYWORD && s.expansion().strip().equals(drl))
                .map(Sentence::written).findFirst().orElse(drl) + "\"";
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
