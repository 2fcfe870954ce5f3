using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>Decodes document bytes whose encoding nobody declared.</summary>
internal static partial class InputDecoder
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

    /// <summary>How far into an HTML document a charset declaration is looked for (the HTML spec's prescan reads 1024 bytes; pages put comments first).</summary>
    public const int CharsetPrescanBytes = 4096;

    /// <summary>
    /// Decodes an HTML document by the HTML rules: a BOM, else the &lt;meta charset&gt; or
    /// http-equiv Content-Type declaration, else <paramref name="defaultEncoding"/>, else the
    /// undeclared-text rules of <see cref="Decode"/>. Bytes invalid in the chosen encoding are
    /// replaced and reported, never thrown.
    /// </summary>
    public static (string Text, IReadOnlyList<string> Diagnostics) DecodeHtml(ReadOnlySpan<byte> bytes, Encoding? defaultEncoding = null)
    {
        if (bytes.Length == 0 || HasBom(bytes))
        {
            return Decode(bytes);
        }

        var diagnostics = new List<string>();
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetPrescanBytes)]);
        var label = DeclaredCharset(head);
        Encoding? encoding = null;
        if (label is not null)
        {
            encoding = Resolve(label);
            if (encoding is null)
            {
                diagnostics.Add($"input: unknown charset \"{label}\" declared; ignored");
            }
        }

        // A page saved or re-encoded as UTF-8 often keeps its old declaration: valid UTF-8 with
        // multi-byte sequences is practically never legacy-encoded text, so it wins.
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage && Utf8.IsValid(bytes) && HasMultiByte(bytes))
        {
            diagnostics.Add($"input: declared {encoding.WebName} but the bytes are valid UTF-8; read as UTF-8");
            return (Encoding.UTF8.GetString(bytes), diagnostics);
        }

        encoding ??= defaultEncoding;
        if (encoding is null)
        {
            var (text, more) = Decode(bytes);
            diagnostics.AddRange(more);
            return (text, diagnostics);
        }

        if (encoding.CodePage == 1252)
        {
            return (DecodeCp1252(bytes), diagnostics); // our table also maps the five bytes Windows leaves undefined
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return (DecodeUtf8Lenient(bytes, diagnostics), diagnostics);
        }

        var decoded = encoding.GetString(bytes);
        int replaced = decoded.AsSpan().Count('\uFFFD') - head.AsSpan().Count('\uFFFD');
        if (replaced > 0)
        {
            diagnostics.Add($"input: {replaced} byte sequence(s) invalid in {encoding.WebName} replaced by U+FFFD");
        }

        return (decoded, diagnostics);
    }

    private static bool HasMultiByte(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The charset label of the first &lt;meta charset&gt; or http-equiv Content-Type in the document's head.</summary>
    internal static string? DeclaredCharset(string head)
    {
        foreach (Match meta in MetaTagPattern().Matches(head))
        {
            var tag = meta.Value;
            var direct = CharsetAttributePattern().Match(tag);
            if (direct.Success)
            {
                return direct.Groups["c"].Value;
            }

            if (tag.Contains("http-equiv", StringComparison.OrdinalIgnoreCase) && ContentCharsetPattern().Match(tag) is { Success: true } content)
            {
                return content.Groups["c"].Value;
            }
        }

        return null;
    }

    /// <summary>The encoding of a label, with the HTML spec's substitutions (Latin-1 and ASCII are Windows-1252; a UTF-16 label in bytes we could read as ASCII is UTF-8).</summary>
    internal static Encoding? Resolve(string label)
    {
        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (l)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return new UTF8Encoding(false);
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252" or "iso8859-1" or "iso_8859-1":
                return CodePagesEncodingProvider.Instance.GetEncoding(1252);
        }

        try
        {
            // Code pages without registering the provider globally (no process-wide state is changed).
            return CodePagesEncodingProvider.Instance.GetEncoding(l) ?? Encoding.GetEncoding(l);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex MetaTagPattern();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?(?<c>[A-Za-z0-9._:-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex CharsetAttributePattern();

    [GeneratedRegex(@"\bcontent\s*=\s*[""'][^""']*charset\s*=\s*(?<c>[A-Za-z0-9._:-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex ContentCharsetPattern();

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
