package org.gcmkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gcmkg} command: one subcommand per task, each a thin layer over the library. */
@Command(name = "gcmkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Knowledge graph of government reports on the Global Compact for Migration.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class, MirrorCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
