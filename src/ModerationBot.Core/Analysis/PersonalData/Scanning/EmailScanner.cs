using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Finds e-mail addresses by expanding around each '@' within RFC length limits, so the work per '@' is bounded.</summary>
internal static class EmailScanner
{
    private static readonly Lexicon RoleMailboxes = Lexicon.FromResource("role-mailboxes.txt", StringComparer.OrdinalIgnoreCase);

    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        var at = text.IndexOf('@');
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && at - start <= EmailAddress.MaxLocalLength && EmailAddress.IsLocalChar(text[start - 1]))
            {
                start--;
            }

            var cutOff = start > 0 && EmailAddress.IsLocalChar(text[start - 1]);
            var end = at + 1;
            while (end < text.Length && end - at <= EmailAddress.MaxDomainLength + 1 && EmailAddress.IsDomainChar(text[end]))
            {
                end++;
            }

            while (start < at && text[start] is '.' or '\'' or '-')
            {
                start++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (!cutOff && start < at && EmailAddress.IsValid(text.AsSpan(start, end - start)) && !TextChars.IsGlue(text, end)
                && !RoleMailboxes.Contains(text.AsSpan(start, at - start)))
            {
                context.Add(PersonalDataType.Email, start, end, Priority.Email);
            }

            at = end < text.Length ? text.IndexOf('@', Math.Max(end, at + 1)) : -1;
        }
    }
}
