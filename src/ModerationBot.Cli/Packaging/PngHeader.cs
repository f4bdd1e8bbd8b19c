using System.Buffers.Binary;

namespace ModerationBot.Cli.Packaging;

/// <summary>Size and transparency of a PNG, read from its header chunks.</summary>
internal sealed record PngHeader(int Width, int Height, bool HasTransparency)
{
    private static readonly byte[] s_signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the header, or returns null when the file is not a PNG.</summary>
    public static PngHeader? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(s_signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var colorType = bytes[25];
        // Colour types 4 and 6 carry an alpha channel; the others can only be transparent through a tRNS chunk.
        var transparent = colorType is 4 or 6 || bytes.AsSpan().IndexOf("tRNS"u8) >= 0;
        return new PngHeader(width, height, transparent);
    }
}
