package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.utfall.engine.RuleCompiler;
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
            DescribeCommand.class, ShowRulesCommand.class, BenchmarkCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    public static void main(String[] args) {
        Checkpoints.mark("main");
        // Only the command line keeps compiled rules on disk: a fresh process is where it pays.
        RulesDiskCache.fromEnvironment(System.getenv()).ifPresent(RuleCompiler::useDiskCache);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        Checkpoints.mark("done");
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; what it prints goes to out and err. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Text from files is printed by every command; no control character in it reaches the terminal raw.
        PrintWriter shownOut = TerminalWriter.wrap(out);
        PrintWriter shownErr = TerminalWriter.wrap(err);
        try {
            return run(shownOut, shownErr, args);
        } finally {
            shownOut.flush();
            shownErr.flush();
        }
    }

    private static int run(PrintWriter out, PrintWriter err, String... args) {
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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInput bad) {
                for (Problem p : bad.problems()) {
                    err.println(p.render());
                }
                return ExitCodes.BAD_INPUT;
            }
            err.println("utfall: internal error: " + e);
            if (System.getenv("UTFALL_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set UTFALL_DEBUG=1 for the stack trace, and please report it)");
            }
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("utfall: " + e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
