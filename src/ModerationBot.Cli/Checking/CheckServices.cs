using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>What <c>check</c> needs from its surroundings; tests swap in a fake analyzer and stdin.</summary>
internal sealed record CheckServices(
    Func<ICommentAnalyzer> CreateAnalyzer,
    Func<Stream> OpenStdin,
    Func<bool> IsErrorTerminal)
{
    public static CheckServices Default { get; } = new(
        DefaultCommentAnalyzer.Create,
        Console.OpenStandardInput,
        () => !Console.IsErrorRedirected);
}
