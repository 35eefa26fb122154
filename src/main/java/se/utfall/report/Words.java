package se.utfall.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.contract.Language;
import se.utfall.facts.LineStatus;

/**
 * The words Utfall writes around the figures, in Swedish or English: one class for every report, each
 * with its own table of words (a key, its Swedish, its English), kept as data in
 * {@code src/main/resources/report/words/}:
 * <ul>
 * <li>{@link #of(Language)}, {@code statement.tsv}: a statement's headings, column names, party roles,
 * what each kind of line does to a payment ({@link #status}) and a decision line's status as a word
 * ({@link #line}: "ej uppnått", "not achieved"; the codes PAYABLE, CAPPED, ... stay in JSON and scenario
 * files, which machines read). Reasons and workings come from the clauses themselves.</li>
 * <li>{@link #document(Language)}, {@code document.tsv}: the decision document (report CONTRACT).</li>
 * <li>{@link #portfolio(Language)}, {@code portfolio.tsv}: the portfolio page (report --portfolio).</li>
 * </ul>
 * The tables are separate because one key may read differently in each ("as of" is "t.o.m." in a
 * statement and "Avräkningsdag" in the document).
 */
public final class Words {
    private static final Map<Language, Map<String, String>> STATEMENT = table("statement.tsv");
    private static final Map<Language, Map<String, String>> DOCUMENT = table("document.tsv");
    private static final Map<Language, Map<String, String>> PORTFOLIO = table("portfolio.tsv");

    private final Map<String, String> words;
    private final Language language;

    private Words(Map<Language, Map<String, String>> table, Language language) {
        this.language = language == Language.EN ? Language.EN : Language.SV;
        this.words = table.get(this.language);
    }

    /** A statement's words (settle, history, explain, describe) in {@code language}. */
    public static Words of(Language language) {
        return new Words(STATEMENT, language);
    }

    /** The decision document's words (report CONTRACT) in {@code language}. */
    public static Words document(Language language) {
        return new Words(DOCUMENT, language);
    }

    /** The portfolio page's words (report --portfolio DIR) in {@code language}. */
    public static Words portfolio(Language language) {
        return new Words(PORTFOLIO, language);
    }

    public Language language() {
        return language;
    }

    /** A statement's words in the contract's language. */
    public static Words of(Contract contract) {
        return of(contract.language());
    }

    /**
     * The word for {@code key}; a key without a word (a programming error, or a document.tsv cell left
     * empty on purpose) is shown as itself.
     */
    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** What a kind of amount does to a payment, in a payment's breakdown ("brutto", "takat"). */
    public String status(LineStatus status) {
        return get(status.name());
    }

    /** A decision line's status as a word of the contract's language ("betalas", "ej uppnått"). */
    public String line(LineStatus status) {
        return get("line " + status.name());
    }

    /** The word for {@code key} with its %s / %d filled in (Locale.ROOT: no digit grouping in years). */
    public String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }

    /** A party's role as the contract's language names it. */
    public String role(String role) {
        return get(role);
    }

    /**
     * A table of words: lines {@code key<TAB>Swedish<TAB>English}, '#' comments. It ships in the jar, so
     * a malformed line is a programming error, caught by WordsTest: it fails loudly here, not later.
     */
    private static Map<Language, Map<String, String>> table(String name) {
        Map<String, String> sv = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        try (InputStream in = Words.class.getResourceAsStream("/report/words/" + name)) {
            if (in == null) {
                throw new IllegalStateException("report/words/" + name + " is missing from the jar");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[0].isEmpty() || sv.containsKey(cells[0])) {
                    throw new IllegalStateException("report/words/" + name + " line " + (i + 1)
                            + ": want a new key, its Swedish and its English, separated by tabs: " + line);
                }
                sv.put(cells[0], cells[1]);
                if (!cells[2].isEmpty()) {
                    en.put(cells[0], cells[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(Language.SV, Map.copyOf(sv), Language.EN, Map.copyOf(en));
    }
}
