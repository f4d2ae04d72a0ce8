package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import picocli.CommandLine;

/** Entry point of {@code soc-audit}. */
public final class Main {

    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code, without exiting. */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // Everything printed passes through the escaping, so text from inputs cannot drive the terminal.
        PrintWriter out = new ConsoleWriter(rawOut);
        PrintWriter err = new ConsoleWriter(rawErr);
        CommandLine commandLine = commandLine(out, err);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors pass picocli's handler by; this one has a remedy the user can apply.
            err.println("soc-audit: ran out of memory: the input needs more memory than Java was given. Run it again"
                    + " with more, for example JAVA_OPTS=-Xmx4g (the launcher passes JAVA_OPTS to Java), or split"
                    + " the input into smaller files.");
            code = ExitCode.UNEXPECTED.code();
        } catch (StackOverflowError | LinkageError e) {
            err.println("soc-audit: unexpected error: " + e);
            if (List.of(args).contains("--verbose")) {
                e.printStackTrace(err);
            } else {
                err.println("Run again with --verbose to see where it happened, and report it.");
            }
            code = ExitCode.UNEXPECTED.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SocAuditCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(t -> ExitCode.UNEXPECTED.code());
        commandLine.setExecutionExceptionHandler(Main::handleExecutionException);
        commandLine.setParameterExceptionHandler(Main::handleParameterException);
        OptionValues.register(commandLine);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        listExitCodes(commandLine, codes);
        return commandLine;
    }

    private static void listExitCodes(CommandLine command, Map<String, String> codes) {
        command.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        command.getSubcommands().values().forEach(sub -> listExitCodes(sub, codes));
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("soc-audit: " + e.getMessage());
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE.code();
    }

    private static int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            return ExitCode.INVALID_INPUT.code();
        }
        if (e instanceof UsageException usage) {
            err.println("soc-audit: " + usage.getMessage());
            return ExitCode.USAGE.code();
        }
        if (e instanceof FileSystemException denied) {
            // Writing a file or folder failed outside the outputs' own checks: most often the
            // temporary folder, full or read-only on a locked-down PC.
            err.println("soc-audit: cannot write " + denied.getFile() + ": " + reason(denied) + ". Free some space"
                    + " there or choose a folder you can write; if it is the temporary folder, point TMP (TEMP on"
                    + " Windows) at one, or pass -Djava.io.tmpdir=FOLDER to Java in JAVA_OPTS.");
            return ExitCode.USAGE.code();
        }
        if (e instanceof IOException full && String.valueOf(full.getMessage()).contains("No space left")) {
            err.println("soc-audit: the disk is full (" + full.getMessage() + "); free some space and run it again.");
            return ExitCode.USAGE.code();
        }
        err.println("soc-audit: unexpected error: " + e);
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --verbose to see where it happened, and report it.");
        }
        return ExitCode.UNEXPECTED.code();
    }

    private static String reason(FileSystemException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getReason() == null ? kind.toLowerCase(java.util.Locale.ROOT) : e.getReason();
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult level = parsed;
        while (level != null) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
            level = level.subcommand();
        }
        return false;
    }
}
