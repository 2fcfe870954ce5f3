using System.Text;
using System.Text.Unicode;

namespace NewsParsing.Reading;

/// <summary>Decodes document bytes whose encoding nobody declared.</summary>
internal static class InputDecoder
{
    /// <summary>Diagnostic prefix for inputs that are not documents at all.</summary>
    public const string ErrorPrefix = "error: ";

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; Latin-1 is built into every runtime.
    private static readonly char[] Cp1252High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    public static (string Text, IReadOnlyList<string> Diagnostics) Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<string>();
        if (bytes.Length == 0)
        {
            diagnostics.Add(ErrorPrefix + "the input is empty");
            return ("", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8Lenient(bytes[3..], diagnostics), diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), diagnostics);
        }

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            diagnostics.Add($"input: no byte-order mark; decoded as UTF-16 {(bigEndian ? "BE" : "LE")} from its zero bytes");
            return ((bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes[..(bytes.Length & ~1)]), diagnostics);
        }

        bool validUtf8 = Utf8.IsValid(bytes);
        if (LooksBinary(bytes, validUtf8))
        {
            diagnostics.Add(ErrorPrefix + "the input looks like binary data, not text or HTML");
            return ("", diagnostics);
        }

        if (validUtf8)
        {
            return (Encoding.UTF8.GetString(bytes), diagnostics);
        }

        // Mostly UTF-8 with a few broken bytes stays UTF-8; otherwise it is a legacy code page.
        int invalid = CountInvalidUtf8(bytes, out int multiByte);
        if (multiByte > invalid * 4)
        {
            return (DecodeUtf8Lenient(bytes, diagnostics), diagnostics);
        }

        diagnostics.Add("input: not valid UTF-8; decoded as Windows-1252");
        return (DecodeCp1252(bytes), diagnostics);
    }

    private static string DecodeUtf8Lenient(ReadOnlySpan<byte> bytes, List<string> diagnostics)
    {
        var text = Encoding.UTF8.GetString(bytes);
        int replaced = text.AsSpan().Count('\uFFFD');
        if (replaced > 0 && !Utf8.IsValid(bytes))
        {
            diagnostics.Add($"input: {replaced} invalid UTF-8 sequence(s) replaced by U+FFFD");
        }

        return text;
    }

    private static string DecodeCp1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>Latin-script UTF-16 without a BOM: most bytes at odd (LE) or even (BE) offsets are zero.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        int pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05)
        {
            return true;
        }

        bigEndian = evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05;
        return bigEndian;
    }

    /// <summary>
    /// Binary data has many NUL and control bytes; text a scraper mangled has a few. A tenth of
    /// the sample is the line, or a thirtieth when the bytes are not UTF-8 either.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes, bool validUtf8)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control * 10 > sample.Length || (!validUtf8 && control * 33 > sample.Length);
    }

    private static int CountInvalidUtf8(ReadOnlySpan<byte> bytes, out int validMultiByte)
    {
        int invalid = 0;
        validMultiByte = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    validMultiByte++;
                }
            }
            else
            {
                invalid++;
            }

            i += Math.Max(1, consumed);
        }

        return invalid;
    }
}
