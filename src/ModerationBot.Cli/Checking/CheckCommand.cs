using System.CommandLine;
using ModerationBot.Cli.Checking.Input;
using ModerationBot.Cli.Checking.Output;
using ModerationBot.Cli.Checking.Progress;

namespace ModerationBot.Cli.Checking;

/// <summary><c>moderationbot check [FILE|-] [--format text|json|jsonl]</c>: checks comments in bulk, offline.</summary>
public static class CheckCommand
{
    public static Command Create() => Create(CheckServices.Default);

    internal static Command Create(CheckServices services)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "File with comments; '-' or none reads stdin.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format on stdout.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Input format; 'auto' decides from the file extension or the first non-empty line.",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "csv", "text");

        var command = new Command("check", CheckHelp.Description) { file, format, inputFormat };
        command.SetAction((parseResult, ct) => RunAsync(
            services,
            new CheckRequest(
                parseResult.GetValue(file),
                Enum.Parse<OutputFormat>(parseResult.GetValue(format)!, ignoreCase: true),
                Enum.Parse<InputFormat>(parseResult.GetValue(inputFormat)!, ignoreCase: true)),
            parseResult.InvocationConfiguration,
            ct));
        return command;
    }

    private static async Task<int> RunAsync(
        CheckServices services, CheckRequest request, InvocationConfiguration console, CancellationToken ct)
    {
        CommentInput input;
        try
        {
            input = await CommentInput.OpenAsync(request.Path, request.InputFormat, services.OpenStdin, ct)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(OpenFailure(request.Path, e)).ConfigureAwait(false);
            return CheckExitCodes.BadInput;
        }

        using (input)
        {
            var progress = await CheckProgressFactory
                .CreateAsync(request.Path, services.IsErrorTerminal(), console.Error, ct)
                .ConfigureAwait(false);
            await using var output = ReportOutput.Open(console.Output);
            var runner = new CheckRunner(services.CreateAnalyzer(), CreateWriter(request.Format, output));
            return await progress.RunAsync(sink => runner.RunAsync(input.Comments, sink, ct)).ConfigureAwait(false);
        }
    }

    private static ICheckReportWriter CreateWriter(OutputFormat format, TextWriter output) => format switch
    {
        OutputFormat.Json => new JsonArrayReportWriter(output),
        OutputFormat.Jsonl => new JsonLinesReportWriter(output),
        _ => new TextReportWriter(output),
    };

    private static string OpenFailure(string? path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"error: file not found: {path}",
        UnauthorizedAccessException when Directory.Exists(path) => $"error: a folder, not a file: {path}",
        UnauthorizedAccessException => $"error: no permission to read: {path}",
        _ => $"error: cannot read {path ?? "stdin"}: {e.Message}",
    };

    private sealed record CheckRequest(string? Path, OutputFormat Format, InputFormat InputFormat);
}
