package org.gcmkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.apache.jena.dboe.DBOpEnvException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gcmkg} command: one subcommand per task, each a thin layer over the library. */
@Command(
        name = "gcmkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Knowledge graph of government reports on the Global Compact for Migration.",
        subcommands = {
            BuildCommand.class,
            ValidateCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            MirrorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the commands write their output and their messages; subcommands reach them as their parent's. */
    final PrintStream out;

    final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /**
     * Runs the command line writing to {@code out} and {@code err} instead of the process's streams, so that
     * callers (tests running side by side) can read what one run printed.
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return new CommandLine(new Main(out, err))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(Main::failed)
                .execute(args);
    }

    /** An unexpected failure: one line naming the command and the problem, exit code 1. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof DBOpEnvException && message.contains("lock")) {
            message += " (the store is open in another process: stop `gcmkg serve`, or give another --store)";
        }
        command.getErr().println("gcmkg " + command.getCommandName() + ": error: " + message);
        if (System.getenv("GCMKG_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(err);
    }
}
