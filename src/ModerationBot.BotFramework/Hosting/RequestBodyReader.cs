using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ModerationBot.BotFramework.Hosting;

internal static class RequestBodyReader
{
    private const int ChunkSize = 16 * 1024;

    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Activities are UTF-8; a body declared in another charset would be misread, so it is refused.
        var charset = mediaType.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the body into a pooled buffer; null as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    public static async Task<PooledBody?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var declared = request.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, declared is > 0 ? declared.Value + 1 : ChunkSize));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    var body = new PooledBody(buffer, length);
                    buffer = null;
                    return body;
                }

                length += read;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    internal sealed class PooledBody(byte[] buffer, int length) : IDisposable
    {
        public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
