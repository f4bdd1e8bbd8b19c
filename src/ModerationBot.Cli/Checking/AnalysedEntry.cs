using ModerationBot.Cli.Checking.Input;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>An input entry with its analysis, or the exception the analyzer threw for it.</summary>
internal sealed record AnalysedEntry(InputEntry Entry, CommentAnalysis? Analysis, Exception? Failure);
