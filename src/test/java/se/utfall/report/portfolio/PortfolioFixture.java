package se.utfall.report.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.utfall.contract.Language;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.ledger.PortfolioSelection;
import se.utfall.library.ClauseLibrary;
import se.utfall.testing.Folders;

/**
 * A small portfolio for the page tests: two real contracts (Swedish home care, English Peterborough),
 * a hostile copy whose title and unit names are script tags, and a contract that does not load.
 */
public final class PortfolioFixture {
    public static final String HOSTILE_TITLE = "<script>window.pwned = 1</script> Hemtjänst & <b>fet</b>";
    public static final String HOSTILE_UNIT = "<script>window.pwned = 2</script>Norr";

    private PortfolioFixture() {
    }

    public static Path write(Path root) {
        try {
            Folders.copy(Path.of("contracts/hemtjanst-kundnojdhet"), root.resolve("hemtjanst-kundnojdhet"));
            Folders.copy(Path.of("contracts/peterborough"), root.resolve("peterborough"));
            Path hostile = Folders.copy(Path.of("contracts/hemtjanst-kundnojdhet"), root.resolve("hostile"));
            Path yaml = hostile.resolve("contract.yaml");
            Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                    .replace("id: hemtjanst-kundnojdhet", "id: hostile-hemtjanst")
                    .replace("title: \"Hemtjänst i Täby: målrelaterad ersättning för kundnöjdhet\"",
                            "title: \"" + HOSTILE_TITLE.replace("\"", "\\\"") + "\""), StandardCharsets.UTF_8);
            Path csv = hostile.resolve("measurements.csv");
            Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replace("Hemtjänst Norr",
                    HOSTILE_UNIT), StandardCharsets.UTF_8);
            Path broken = Files.createDirectories(root.resolve("trasigt"));
            Files.writeString(broken.resolve("contract.yaml"), "id: trasigt\ntitle: [unterminated\n",
                    StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page for the portfolio under {@code root} at {@code year}. */
    public static PortfolioPage page(Path root, int year, Language language, int threads) {
        ClauseLibrary library = ClauseLibrary.load(Path.of("rules"));
        List<Path> folders = PortfolioSelection.discover(root, List.of());
        var figures = PortfolioFigures.of(library, root, folders, year, PortfolioMeasurements.of(null), threads);
        return PortfolioPage.of(figures, year, root.getFileName().toString(), language);
    }
}
