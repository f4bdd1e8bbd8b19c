namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Whether a text names a company by its legal form before an index: "AB", "HB", "KB", "Ltd", "Inc" written as a
/// word of its own after a capitalised name. Case matters: "ab" and "kb" in running text are not legal forms.
/// </summary>
internal static class CompanyForm
{
    private static readonly string[] Forms = ["AB", "HB", "KB", "Ltd", "Inc"];

    public static bool NamedBefore(string text, int index)
    {
        foreach (var form in Forms)
        {
            for (var at = text.IndexOf(form, 0, index, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < index ? text.IndexOf(form, at + 1, index - at - 1, StringComparison.Ordinal) : -1)
            {
                if (IsWordAt(text, at, form.Length) && FollowsCapitalisedWord(text, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
        && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));

    private static bool FollowsCapitalisedWord(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var end = i;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return end > i && char.IsUpper(text[i + 1]);
    }
}
