package se.utfall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.catalog.Catalog;
import se.utfall.catalog.CatalogJson;
import se.utfall.catalog.CatalogText;

@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "The clause catalogue: every library family with its version, earlier released versions,"
                + " parameters (type, unit, range, default, when required, description), and which contracts use"
                + " it, in which clause and at which version.")
final class ClausesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Option(names = "--contracts", paramLabel = "DIR",
            description = "Folder of contracts to find usages in (default: contracts/ beside the launcher, if any).")
    Path contracts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, default) or json (for machines; both languages).")
    Format format;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.build(library.load(), contracts != null ? contracts : defaultContracts());
        spec.commandLine().getOut().print(format == Format.json ? CatalogJson.render(catalog)
                : CatalogText.render(catalog, language.code()));
        return ExitCodes.OK;
    }

    private static Path defaultContracts() {
        String home = System.getProperty("utfall.home");
        Path folder = home != null ? Path.of(home, "contracts") : Path.of("contracts");
        return Files.isDirectory(folder) ? folder : null;
    }
}
