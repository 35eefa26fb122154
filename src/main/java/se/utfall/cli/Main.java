package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.utfall.engine.RuleCompiler;
import se.utfall.engine.budget.Budget;
import se.utfall.engine.cache.RulesDiskCache;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;
import se.utfall.text.TerminalWriter;
import se.utfall.timing.Checkpoints;

@Command(name = "utfall", mixinStandardHelpOptions = true, version = "utfall 0.1.0",
        description = "Settles outcome-based payment contracts: clauses as Drools rules, yearly measurements in,"
                + " explained payout decisions out.",
        footer = {"", "Exit codes: 0 success, 1 a test or check failed, 2 bad input or usage, 3 internal error."})
public final class Main implements Runnable {
    /** Every command, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, SettleCommand.class, ExplainCommand.class,
            TestCommand.class, SettleAllCommand.class, SignCommand.class, AmendCommand.class, HistoryCommand.class,
            ReplayCommand.class, VerifyLedgerCommand.class, AnalyzeCommand.class, ClausesCommand.class,
            DescribeCommand.class, ShowRulesCommand.class, NewCommand.class, BenchmarkCommand.class,
            ExportCommand.class, ReportCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    public static void main(String[] args) {
        Checkpoints.mark("main");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            // Only the command line keeps compiled rules on disk: a fresh process is where it pays.
            RulesDiskCache.fromEnvironment(System.getenv()).ifPresent(RuleCompiler::useDiskCache);
            var badBudget = Budget.fromEnvironment(System.getenv());
            if (badBudget.isPresent()) {
                err.println("utfall: " + badBudget.get());
                code = ExitCodes.BAD_INPUT;
            } else {
                code = execute(out, err, args);
            }
        } catch (Throwable e) {
            code = failed(err, e);
        }
        Checkpoints.mark("done");
        out.flush();
        err.flush();
        // Exits even when a stopped rule's thread refused to end: it is a daemon, and exit ends it.
        System.exit(code);
    }

    /**
     * Anything thrown past the command's own handling, Errors included (picocli hands only Exceptions to
     * the handler below): bad input is still exit 2 with its file and line, anything else is exit 3 with one
     * line, and the stack trace only with UTFALL_DEBUG.
     */
    static int failed(PrintWriter err, Throwable e) {
        if (e instanceof BadInput bad) {
            for (Problem p : bad.problems()) {
                err.println(p.render());
            }
            return ExitCodes.BAD_INPUT;
        }
        String what = String.valueOf(e).replaceAll("\\s+", " ");
        boolean debug = System.getenv("UTFALL_DEBUG") != null;
        err.println("utfall: internal error: " + (what.length() > 300 ? what.substring(0, 300) + "..." : what)
                + (debug ? "" : " (set UTFALL_DEBUG=1 for the stack trace, and please report it)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    /** Runs one command line; what it prints goes to out and err. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Text from files is printed by every command; no control character in it reaches the terminal raw.
        PrintWriter shownOut = TerminalWriter.wrap(out);
        PrintWriter shownErr = TerminalWriter.wrap(err);
        // --time-budget holds for this command line only (tests run many in one process).
        Duration budget = Budget.settlement();
        try {
            return executeCommand(shownOut, shownErr, args);
        } catch (Throwable e) {
            return failed(shownErr, e);
        } finally {
            Budget.setSettlement(budget);
            shownOut.flush();
            shownErr.flush();
        }
    }

    private static int executeCommand(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every command's options by reflection; a run that names its command needs
        // only that one, which takes a noticeable part of a single settle's start-up.
        Class<?> named = args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> command : named != null ? List.of(named) : COMMANDS) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(err, e));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("utfall: " + e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
