using ModerationBot.Cli.Checking.Input;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>A comment from the input together with what the engine found in it.</summary>
internal sealed record CheckedComment(InputComment Input, CommentAnalysis Analysis);
