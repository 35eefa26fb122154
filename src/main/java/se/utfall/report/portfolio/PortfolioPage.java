package se.utfall.report.portfolio;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.utfall.contract.Contract;
import se.utfall.contract.Language;
import se.utfall.problem.BadInput;
import se.utfall.report.Amounts;
import se.utfall.report.Words;
import se.utfall.report.portfolio.PortfolioFigures.ClausePayout;
import se.utfall.report.portfolio.PortfolioFigures.ContractFigures;
import se.utfall.report.portfolio.PortfolioFigures.MeasureFigure;

/**
 * The portfolio page: three sortable tables (units with what they were paid, their measures, the
 * payouts per clause) and the contracts that could not be read. Everything shown is text the
 * template escapes; every figure also carries its exact value in {@code data-sort}, so sorting
 * compares numbers, not their formatting. Rows are sorted, no clock is read: the same files give
 * the same bytes.
 */
public record PortfolioPage(int year, String folder, Words words, int contracts, List<UnitRow> units,
                            List<MeasureRow> measures, List<ClauseRow> clauses, List<Failure> failures) {

    /** A figure as people read it, and its exact value for sorting ("" sorts first: no figure). */
    public record Cell(String text, String sort) {
        static final Cell NONE = new Cell("–", "");
    }

    public record UnitRow(String contract, String title, String provider, String unit, Cell paid, Cell before,
                          Cell change) {
    }

    public record MeasureRow(String contract, String title, String provider, String unit, String measure,
                             String measureTitle, Cell year, Cell latest, Cell before, Cell change) {
    }

    public record ClauseRow(String contract, String title, String clause, String clauseTitle, String flow,
                            String unit, Cell paid, Cell before, Cell change) {
    }

    public record Failure(String folder, String problem) {
    }

    /** The page for {@code figures} at {@code year}, in {@code language}; {@code folder} is shown as given. */
    public static PortfolioPage of(List<ContractFigures> figures, int year, String folder, Language language) {
        Words w = Words.portfolio(language);
        List<UnitRow> units = new ArrayList<>();
        List<MeasureRow> measures = new ArrayList<>();
        List<ClauseRow> clauses = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ContractFigures f : figures) {
            if (f.failed()) {
                failures.add(new Failure(f.folder(), String.join(" ", f.problems())));
                continue;
            }
            Contract c = f.contract();
            for (String subject : PortfolioFigures.subjects(f)) {
                // One row per unit and payee: a unit paid by two flows (a provider, an investor) shows both.
                List<String> payees = f.payouts().stream().filter(p -> p.subject().equals(subject))
                        .map(ClausePayout::payee).distinct().sorted().toList();
                if (payees.isEmpty()) {
                    payees = List.of(f.provider(subject));
                }
                for (String payee : payees) {
                    BigDecimal now = BigDecimal.ZERO.setScale(c.decimals());
                    BigDecimal before = now;
                    for (ClausePayout p : f.payouts()) {
                        if (p.subject().equals(subject) && p.payee().equals(payee)) {
                            now = now.add(p.amount());
                            before = before.add(p.before());
                        }
                    }
                    units.add(new UnitRow(c.id(), c.title(), f.name(payee), unit(subject, w), money(now, c),
                            money(before, c), change(now, before, c)));
                }
            }
            for (MeasureFigure m : f.measures()) {
                var def = c.measures().get(m.measure());
                String title = def == null ? m.measure() : def.title() + (def.unit() == null || def.unit().isBlank()
                        ? "" : " (" + def.unit() + ")");
                measures.add(new MeasureRow(c.id(), c.title(), f.name(f.provider(m.subject())), unit(m.subject(), w),
                        m.measure(), title, new Cell(Integer.toString(m.latestYear()), Integer.toString(m.latestYear())),
                        figure(m.latest(), c), figure(m.before(), c),
                        m.before() == null ? Cell.NONE : signed(figure(m.latest().subtract(m.before()), c))));
            }
            for (ClausePayout p : f.payouts()) {
                String clauseTitle = c.clause(p.clause()).map(x -> x.title()).orElse("");
                clauses.add(new ClauseRow(c.id(), c.title(), p.clause(), clauseTitle,
                        f.name(p.payer()) + " → " + f.name(p.payee()), unit(p.subject(), w), money(p.amount(), c),
                        money(p.before(), c), change(p.amount(), p.before(), c)));
            }
        }
        units.sort(Comparator.comparing(UnitRow::contract).thenComparing(UnitRow::unit)
                .thenComparing(UnitRow::provider));
        measures.sort(Comparator.comparing(MeasureRow::contract).thenComparing(MeasureRow::unit)
                .thenComparing(MeasureRow::measure));
        // Clause rows keep each contract's clause order.
        return new PortfolioPage(year, folder, w, figures.size(), List.copyOf(units), List.copyOf(measures),
                List.copyOf(clauses), List.copyOf(failures));
    }

    private static String unit(String subject, Words w) {
        return subject.isEmpty() ? w.get("whole contract") : subject;
    }

    private static Cell money(BigDecimal amount, Contract c) {
        return new Cell(Amounts.withCurrency(amount, c), Amounts.plain(amount, c));
    }

    private static Cell change(BigDecimal now, BigDecimal before, Contract c) {
        return signed(money(now.subtract(before), c));
    }

    /** A change shows its sign: +20 000 kr, −5 000 kr, 0 kr. */
    private static Cell signed(Cell c) {
        boolean positive = !c.sort().isEmpty() && new BigDecimal(c.sort()).signum() > 0;
        return positive ? new Cell("+" + c.text(), c.sort()) : c;
    }

    /** A measured figure as the contract's language writes a decimal (82,5 in Swedish, 82.5 in English). */
    private static Cell figure(BigDecimal value, Contract c) {
        if (value == null) {
            return Cell.NONE;
        }
        String plain = value.toPlainString();
        String text = c.language() == Language.EN ? plain : plain.replace('.', ',');
        return new Cell(text.startsWith("-") ? "−" + text.substring(1) : text, plain);
    }

    /** The page as HTML: one self-contained document (inline CSS and script, no external resource). */
    public String html() {
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
        StringOutput out = new StringOutput();
        engine.render("report/portfolio.jte", this, out);
        return out.toString();
    }

    /** The file name the page is written to in the output folder. */
    public String fileName() {
        return "portfolio-" + year + ".html";
    }

    /** A temp file is private to its owner; the page is for anyone who may read the folder. */
    private static void readable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's rights apply.
        }
    }

    /** Writes the page into {@code folder} (created if missing) whole or not at all; returns the file. */
    public Path write(Path folder) {
        String text = html();
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName());
            Path tmp = Files.createTempFile(folder, ".portfolio-", ".tmp");
            try {
                readable(tmp);
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot write the report here (" + e.getMessage() + "); choose another"
                    + " folder with --out DIR.");
        }
    }
}
