using System.Security.Cryptography;
using System.Text;

namespace ModerationBot.Storage;

/// <summary>The full SHA-256 of a conversation id: stored instead of the id, long enough never to collide.</summary>
internal static class ActivityKey
{
    public static string HashConversation(string conversationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)));
}
