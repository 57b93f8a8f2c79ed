package dev.southward.migrate.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * For an option with an optional value ({@code --delete-ghost-migrations[=APPS]}): the value counts only when
 * attached with {@code =}, so that {@code migrate --delete-ghost-migrations images} still migrates the app
 * {@code images} rather than taking it as the option's value.
 */
final class AttachedValueOnly implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
        if (" ".equals(info.get("separator"))) {
            args.push(arg.isOption() ? ((picocli.CommandLine.Model.OptionSpec) arg).fallbackValue() : "true");
        }
        return false;
    }
}
