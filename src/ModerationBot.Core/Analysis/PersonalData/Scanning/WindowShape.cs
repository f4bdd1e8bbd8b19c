namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>The digit and group counts of one window of a numeric token.</summary>
internal readonly record struct WindowShape(int Digits, int Groups, int FirstGroupDigits);
