using System.Text;
using System.Text.Unicode;

namespace NewsParsing.Text;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for "’"),
/// line by line and only where the pattern is seen, so a page that merely mentions "Ã" is left
/// alone.
/// </summary>
public static class MojibakeRepair
{
    // Windows-1252's printable characters in 0x80–0x9F, as their byte values.
    private static readonly Dictionary<char, byte> Cp1252 = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    /// <summary>Repairs the lines of <paramref name="text"/> that show mojibake; returns how many were repaired.</summary>
    public static string Repair(string text, out int repairedLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        repairedLines = 0;
        if (text.AsSpan().IndexOfAny('Ã', 'Â', 'â') < 0)
        {
            return text; // the lead characters of every two- and three-byte sequence are absent
        }

        // Only the lines holding a lead character are tested, and the text is copied only once a
        // line is repaired (a page with a lone "â" is returned as it is, without a copy).
        StringBuilder? sb = null;
        int copied = 0;
        int start = 0;
        while (start < text.Length)
        {
            int lead = text.AsSpan(start).IndexOfAny('Ã', 'Â', 'â');
            if (lead < 0)
            {
                break;
            }

            lead += start;
            int lineStart = start + text.AsSpan(start, lead - start).LastIndexOf('\n') + 1;
            int nl = text.IndexOf('\n', lead);
            int end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, end - lineStart);
            if (CountSuspects(line) >= 1 && TryRepairLine(line, out var repaired))
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, lineStart - copied).Append(repaired);
                copied = end;
                repairedLines++;
            }

            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Pairs like "Ã©", "Ã¨", "â€" that UTF-8 leaves when read as a single-byte code page.</summary>
    private static int CountSuspects(ReadOnlySpan<char> line)
    {
        int count = 0;
        for (int i = 0; i + 1 < line.Length; i++)
        {
            char a = line[i], b = line[i + 1];
            if (a is 'Ã' or 'Â' or 'â' && IsContinuation(b))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00BF' || Cp1252.ContainsKey(c);

    private static bool TryRepairLine(ReadOnlySpan<char> line, out string repaired)
    {
        repaired = "";
        var bytes = new byte[line.Length];
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c <= '\u00FF')
            {
                bytes[i] = (byte)c;
            }
            else if (Cp1252.TryGetValue(c, out byte b))
            {
                bytes[i] = b;
            }
            else
            {
                return false; // a character no single-byte code page produced: not mojibake
            }
        }

        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        repaired = Encoding.UTF8.GetString(bytes);
        return repaired.Length < line.Length;
    }
}
