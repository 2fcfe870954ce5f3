using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsParsing.Warc;

/// <summary>An HTTP response stored in a WARC response record: status, headers and payload.</summary>
public sealed class HttpResponse
{
    private HttpResponse(int statusCode, IReadOnlyDictionary<string, string> headers, byte[] body, IReadOnlyList<string> diagnostics)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        Diagnostics = diagnostics;
        var contentType = Header("Content-Type");
        MediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        Charset = CharsetOf(contentType);
    }

    /// <summary>The status code (200, 301…).</summary>
    public int StatusCode { get; }

    /// <summary>The headers, case-insensitive; a repeated header keeps its first value.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The payload, with chunked transfer coding and gzip/deflate content coding undone.</summary>
    public byte[] Body { get; }

    /// <summary>The media type of Content-Type, lower case ("text/html"), or null.</summary>
    public string? MediaType { get; }

    /// <summary>The charset parameter of Content-Type as written ("ISO-8859-1"), or null.</summary>
    public string? Charset { get; }

    /// <summary>What was odd about the message (undecodable content coding…).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>True for text/html and application/xhtml+xml.</summary>
    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml";

    /// <summary>The value of a header, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>
    /// The encoding the Content-Type charset names, or null when there is none or it is unknown.
    /// Legacy code pages (windows-1251, shift_jis, koi8-r…) come from the runtime's code-pages
    /// provider, asked directly so no process-wide encoding registration is needed.
    /// </summary>
    public Encoding? DeclaredEncoding() => EncodingFor(Charset);

    /// <summary>The encoding for a charset name (Latin-1 and ASCII labels give Windows-1252, as in browsers), or null when unknown.</summary>
    public static Encoding? EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();

        // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are decoded as
        // Windows-1252, whose curly quotes and dashes they very often contain.
        if (name is "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "cp819" or "ibm819" or "us-ascii" or "ascii" or "iso-ir-100" or "csisolatin1")
        {
            name = "windows-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Parses an HTTP response message, or returns null when the bytes are not one.</summary>
    public static HttpResponse? Parse(ReadOnlySpan<byte> message)
    {
        int headerEnd = message.IndexOf("\r\n\r\n"u8);
        int sepLength = 4;
        if (headerEnd < 0)
        {
            headerEnd = message.IndexOf("\n\n"u8);
            sepLength = 2;
        }

        var head = Encoding.Latin1.GetString(headerEnd < 0 ? message : message[..headerEnd]);
        var lines = head.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var diagnostics = new List<string>();
        var body = headerEnd < 0 ? [] : message[(headerEnd + sepLength)..].ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body) ?? body; // crawlers often store the payload already de-chunked
        }

        if (headers.TryGetValue("Content-Encoding", out var ce) && body.Length > 0)
        {
            body = Decode(body, ce.Trim().ToLowerInvariant(), diagnostics);
        }

        return new HttpResponse(code, headers, body, diagnostics);
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';').Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = kv[1].Trim().Trim('"', '\'');
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int pos = 0;
        while (true)
        {
            int nl = body.AsSpan(pos).IndexOf((byte)'\n');
            if (nl < 0)
            {
                return null;
            }

            var sizeText = Encoding.Latin1.GetString(body, pos, nl).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                return null;
            }

            pos += nl + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (pos + size > body.Length)
            {
                return null;
            }

            output.Write(body, pos, size);
            pos += size;
            while (pos < body.Length && body[pos] is (byte)'\r' or (byte)'\n')
            {
                pos++;
            }
        }
    }

    private static byte[] Decode(byte[] body, string coding, List<string> diagnostics)
    {
        if (coding is "identity" or "")
        {
            return body;
        }

        try
        {
            using var input = new MemoryStream(body);
            using Stream decoder = coding switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new NotSupportedException(),
            };
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            // Crawlers often store the decoded payload but keep the header: use the bytes as they are.
            diagnostics.Add($"http: Content-Encoding '{coding}' could not be undone; payload used as stored");
            return body;
        }
    }
}
