namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Which kind of bank number the words just before a number announce, if any.</summary>
internal enum BankContext
{
    Unknown,
    None,
    Bankgiro,
    Plusgiro,
    Clearing,
    Account,
}
