package org.gcmkg.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
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

    /**
     * Runs the command line and exits with its code. Everything is written in UTF-8, whatever the platform's default
     * charset, so that names with accents reach a terminal or a file intact.
     */
    public static void main(String[] args) {
        System.exit(run(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8),
                args));
    }

    /** Runs the command line on {@code System.out} and {@code System.err} and returns its exit code. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /**
     * Runs the command line writing to {@code out} and {@code err} instead of the process's streams, so that
     * callers (tests running side by side) can read what one run printed.
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return new CommandLine(new Main(out, err))
                .setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, UTF_8)), true))
                .setErr(new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, UTF_8)), true))
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
