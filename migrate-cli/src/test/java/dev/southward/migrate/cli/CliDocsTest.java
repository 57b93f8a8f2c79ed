package dev.southward.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md shows each command's {@code --help} in a block after {@code <!-- usage: COMMAND -->}; the blocks
 * must equal the actual help, and every command must have one. Run with {@code -Dsouthward.docs.write=true} to
 * rewrite the blocks from the help.
 */
class CliDocsTest {
    private static final Path DOC = Path.of("../docs/cli.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- usage: ([a-z]*) -->\\n```text\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void usageBlocksMatchTheHelp() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        CommandLine root = SouthwardCli.commandLine();
        List<String> documented = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        StringBuilder rewritten = new StringBuilder();
        while (m.find()) {
            String command = m.group(1);
            documented.add(command);
            String help = help(root, command);
            m.appendReplacement(rewritten, Matcher.quoteReplacement("<!-- usage: " + command + " -->\n```text\n"
                    + help + "```"));
            if (!Boolean.getBoolean("southward.docs.write")) {
                assertThat(m.group(2)).as("the usage block of '%s' in %s (rewrite with -Dsouthward.docs.write=true)",
                        command, DOC).isEqualTo(help);
            }
        }
        m.appendTail(rewritten);
        if (Boolean.getBoolean("southward.docs.write")) {
            Files.writeString(DOC, rewritten.toString(), StandardCharsets.UTF_8);
        }
        List<String> commands = new ArrayList<>(List.of(""));
        root.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                commands.add(name);
            }
        });
        assertThat(documented).as("commands with a usage block in %s", DOC).containsExactlyInAnyOrderElementsOf(
                commands);
    }

    private static String help(CommandLine root, String command) {
        CommandLine cl = command.isEmpty() ? root : root.getSubcommands().get(command);
        assertThat(cl).as("command '%s'", command).isNotNull();
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
