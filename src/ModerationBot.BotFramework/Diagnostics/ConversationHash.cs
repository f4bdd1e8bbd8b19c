using System.Security.Cryptography;
using System.Text;

namespace ModerationBot.BotFramework.Diagnostics;

/// <summary>
/// A short, stable stand-in for a conversation id in logs: turns of one conversation can be correlated
/// without the raw id (which can identify people) reaching a log line.
/// </summary>
public static class ConversationHash
{
    /// <summary>The first 12 hex digits of the SHA-256 of <paramref name="conversationId"/>; <c>none</c> when missing.</summary>
    public static string Compute(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "none";
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationId), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
