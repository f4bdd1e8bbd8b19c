namespace ModerationBot.Cli.Packaging;

/// <summary>The outcome of packaging: the files written, or the reasons nothing was written.</summary>
internal sealed record PackageResult(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, IReadOnlyList<string> Files)
{
    public bool Succeeded => Errors.Count == 0;

    public static PackageResult Failed(IReadOnlyList<string> errors, IReadOnlyList<string> warnings) => new(errors, warnings, []);
}
